import { useMemo } from "react";
import { formatDateIn } from "@/lib/i18n/date-format";
import type { UiLanguage } from "@/lib/i18n/messages";

/** Formats epoch milliseconds as a short date in the UI language ("12 Nov 2026", "12. Nov. 2026"). */
export function useDateFormat(language: UiLanguage): (time: number) => string {
  return useMemo(() => (time: number) => formatDateIn(time, language), [language]);
}
