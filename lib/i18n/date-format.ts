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

/**
 * A date as a page wrote it ("2026-09-09", "2026-09") in a language: a whole day as a short
 * date, anything else as written. The day is the page's, so it is read in local time.
 */
export function pageDateIn(date: string, language: UiLanguage): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!day) return date;
  const [, year, month, dayOfMonth] = day.map(Number);
  const time = new Date(year ?? 0, (month ?? 1) - 1, dayOfMonth).getTime();
  return Number.isNaN(time) ? date : formatDateIn(time, language);
}
