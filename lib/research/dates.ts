import { parseUrl } from "./url";

/** Dates as pages print them, in English and German, to ISO yyyy-mm-dd. */

const months: Record<string, number> = {
  jan: 1,
  januar: 1,
  january: 1,
  jänner: 1,
  feb: 2,
  februar: 2,
  february: 2,
  mar: 3,
  mär: 3,
  märz: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  mai: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  okt: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  dez: 12,
  dezember: 12,
  december: 12,
};
// Month names capitalised, in lower case or in capitals; case matters so that a capitalised name can
// follow a word run into it ("seasonalityJan 15, 2025") but no name ends a word ("Dejan 2025").
const letter = "[A-Za-zÄÖÜäöüß]";
const monthNames = Object.keys(months)
  .sort((a, b) => b.length - a.length)
  .map((name) => {
    const rest = name.slice(1);
    return `${name[0]?.toUpperCase()}${rest}|(?<!${letter})(?:${name[0]}${rest}|${name.toUpperCase()})`;
  })
  .join("|");

// Digits and letters are fenced by lookarounds rather than \b: an element's text runs into the
// next one's ("Lesen Sie mehr12. März 2025", "March 3, 2025Read more").
const patterns: readonly [RegExp, (match: RegExpExecArray) => [string?, string?, string?]][] = [
  // "2025-03-12", "2025/03/12" as archive paths and some themes print it, and "2025.03.12".
  [/(?<![\d.])(\d{4})([-/.])(\d{2})\2(\d{2})(?![\d.])/, (m) => [m[1], m[3], m[4]]],
  [/(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/, (m) => [m[3], m[2], m[1]]],
  [
    // "12. März 2025", "15th January 2025", "3rd of May 2025"
    new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(${monthNames})\\.?,?\\s+(\\d{4})(?!\\d)`),
    (m) => [m[3], monthNumber(m[2]), m[1]],
  ],
  [
    new RegExp(`(${monthNames})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`),
    (m) => [m[3], monthNumber(m[1]), m[2]],
  ],
];

function monthNumber(name: string | undefined): string | undefined {
  const number = months[(name ?? "").toLowerCase()];
  return number ? String(number) : undefined;
}

/** The first date in a text, as yyyy-mm-dd. */
export function findDate(text: string): string | undefined {
  for (const [pattern, parts] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = parts(match).map(Number);
    if (year && month && day && year >= 1990 && year <= 2100 && month <= 12 && day <= 31) {
      return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    }
  }
  return undefined;
}

/** The day a page's address names ("/blog/2025/03/12/touren", "/news/2025-03-12-launch"): its post's day. */
export function addressDate(url: string): string | undefined {
  return findDate(parseUrl(url)?.pathname ?? "");
}

// "12.03.25": a day with a two-digit year. Version numbers look alike ("1.12.30"), so only short date
// labels are read with it, and no year after the next.
const shortDate = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/;

/** A day with a two-digit year ("12.03.25"), as yyyy-mm-dd. */
export function findShortDate(text: string, now = new Date()): string | undefined {
  const match = shortDate.exec(text);
  const [day, month, year] = [match?.[1], match?.[2], match?.[3]].map(Number);
  if (!match || !day || !month || day > 31 || month > 12 || 2000 + Number(year) > now.getFullYear() + 1)
    return undefined;
  return `${2000 + Number(year)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// "12/03/2025": which number is the day depends on the country. A part over 12 tells; else only the
// page's language does ("en-US" puts the month first, most others the day; a bare "en" tells neither).
const slashed = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/;

export type SlashOrder = "day-first" | "month-first";

/** How a page written in `lang` (its `lang` attribute) orders a slashed date, where its language tells. */
export function slashOrder(lang: string | null | undefined): SlashOrder | undefined {
  const tag = (lang ?? "").trim().toLowerCase().replace("_", "-");
  if (!/^[a-z]{2}\b/.test(tag) || tag === "en") return undefined;
  return tag === "en-us" ? "month-first" : "day-first";
}

/** A slashed date ("12/03/2025", "3/27/2025") as yyyy-mm-dd, where its parts or the page's language tell the order. */
export function findSlashDate(text: string, order?: SlashOrder): string | undefined {
  const match = slashed.exec(text);
  if (!match) return undefined;
  const [first, second, year] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const dayFirst = first > 12 || (second <= 12 && order === "day-first");
  const monthFirst = second > 12 || (first <= 12 && order === "month-first");
  if (dayFirst === monthFirst) return undefined;
  const [day, month] = dayFirst ? [first, second] : [second, first];
  if (!day || !month || day > 31 || month > 12 || year < 1990 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const monthYear = new RegExp(`(${monthNames})\\.?\\s+(\\d{4})(?!\\d)`);

/** A month without a day ("März 2025", "Sept 2024"), as yyyy-mm; none after the current month. */
export function findMonth(text: string, now = new Date()): string | undefined {
  const match = monthYear.exec(text);
  const month = Number(monthNumber(match?.[1]));
  const year = Number(match?.[2]);
  if (!month || year < 1990 || year * 12 + month > now.getFullYear() * 12 + now.getMonth() + 1) return undefined;
  return `${year}-${String(month).padStart(2, "0")}`;
}

const units: Record<string, number> = { minute: 0, stunde: 0, hour: 0, tag: 1, day: 1, woche: 7, week: 7 };
const numberWords: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  ein: 1,
  eine: 1,
  einer: 1,
  einem: 1,
  two: 2,
  zwei: 2,
  three: 3,
  drei: 3,
  four: 4,
  vier: 4,
  five: 5,
  fünf: 5,
  six: 6,
  sechs: 6,
};
const relative =
  /\b(?:vor\s+(\d{1,3}|\p{L}+)\s+(minute|stunde|tag|woche|monat|jahr)\p{L}*|(\d{1,3}|an?|one|two|three|four|five|six)\s+(minute|hour|day|week|month|year)s?\s+ago)\b/iu;
const dayWords = /^(?:(?:posted|published|veröffentlicht)\s+)?(today|heute|yesterday|gestern)$/i;

/**
 * A date a listing tells relative to now ("vor 3 Tagen", "2 weeks ago"), as yyyy-mm-dd. "Today"
 * and "gestern" count only as the whole text of a label: in prose they tell of no date.
 */
export function relativeDate(text: string, now = new Date()): string | undefined {
  const day = dayWords.exec(text.trim())?.[1]?.toLowerCase();
  if (day) return daysBefore(now, day === "today" || day === "heute" ? 0 : 1);
  const match = relative.exec(text);
  if (!match) return undefined;
  const amount = match[1] ?? match[3] ?? "";
  const count = /^\d/.test(amount) ? Number(amount) : numberWords[amount.toLowerCase()];
  const unit = (match[2] ?? match[4] ?? "").toLowerCase();
  if (count === undefined) return undefined;
  if (unit === "monat" || unit === "month") return daysBefore(now, 0, count);
  if (unit === "jahr" || unit === "year") return daysBefore(now, 0, 12 * count);
  return daysBefore(now, count * (units[unit] ?? 0));
}

function daysBefore(now: Date, days: number, months = 0): string {
  const date = new Date(Date.UTC(now.getFullYear(), now.getMonth() - months, now.getDate() - days));
  return date.toISOString().slice(0, 10);
}
