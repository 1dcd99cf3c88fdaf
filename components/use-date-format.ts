import { useMemo } from "react";
import type { UiLanguage } from "@/lib/i18n/messages";

/** Formats epoch milliseconds as a short date in the UI language ("12 Nov 2026", "12. Nov. 2026"). */
export function useDateFormat(language: UiLanguage): (time: number) => string {
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", { dateStyle: "medium" });
    return (time: number) => format.format(new Date(time));
  }, [language]);
}
