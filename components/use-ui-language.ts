import { useLiveQuery } from "dexie-react-hooks";
import { useCallback } from "react";
import { getDatabase, loadSettings } from "@/lib/db";
import { type MessageKey, resolveUiLanguage, translate, type UiLanguage } from "@/lib/i18n/messages";

export type Translate = (key: MessageKey, params?: Record<string, string>) => string;

/** The UI language from the settings (or the browser) and a bound translate function. */
export function useTranslate(): { language: UiLanguage; t: Translate } {
  const choice = useLiveQuery(async () => (await loadSettings(getDatabase())).uiLanguage, []) ?? "auto";
  const language = resolveUiLanguage(choice, navigator.language);
  const t = useCallback<Translate>((key, params) => translate(language, key, params), [language]);
  return { language, t };
}
