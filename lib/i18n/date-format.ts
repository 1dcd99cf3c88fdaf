import type { UiLanguage } from "./messages";

const formats = new Map<UiLanguage, Intl.DateTimeFormat>();

/** Epoch milliseconds as a short date in a language ("12 Nov 2026", "12. Nov. 2026"); one format per language, kept. */
export function formatDateIn(time: number, language: UiLanguage): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", { dateStyle: "medium" });
    formats.set(language, format);
  }
  return format.format(new Date(time));
}
