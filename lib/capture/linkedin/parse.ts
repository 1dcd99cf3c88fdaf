/**
 * Pure parsers for the text LinkedIn shows, in English and German (dates also in
 * French): dates, date ranges, counts and post ages. Generic on purpose: person and company
 * extractors share them.
 */

export interface MonthYear {
  year: number;
  month?: number;
}

export interface DateRange {
  start?: MonthYear;
  end?: MonthYear;
  /** True when the range runs to "Present" / "Heute". */
  current: boolean;
}

/** Month names and abbreviations by their first three letters (dots and case ignored). */
const monthByPrefix: Record<string, number> = {
  jan: 1,
  fév: 2,
  fev: 2,
  avr: 4,
  aoû: 8,
  aou: 8,
  déc: 12,
  jän: 1,
  feb: 2,
  mar: 3,
  mär: 3,
  mae: 3,
  apr: 4,
  may: 5,
  mai: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
  dez: 12,
};

/** French months that share their first three letters ("juin", "juil."). */
const monthByFourLetters: Record<string, number> = { juin: 6, juil: 7 };

/** Words that end a range that is still running. */
const presentWords = ["present", "heute", "today", "now", "jetzt", "aktuell", "aujourd’hui", "aujourd'hui"];

const monthWord = "\\p{L}{3,10}\\.?";
const oneDate = `(?:${monthWord}\\s+)?(?:19|20|21)\\d{2}`;
const rangeSeparator = "\\s*(?:[-–—]|\\bto\\b|\\bbis\\b)\\s*";
/**
 * What may follow the range: "· 3 yrs", "(7 years)", or a bare duration ("2 years 9 months", public
 * pages), also glued to the range when the duration is its own element ("Present2 months").
 */
const durationUnit = "(?:yrs?|years?|mos?|months?|mths?|j\\.|jahre?|mon\\.|monate?|ans?|mois)";
const durationTail = `(?:\\s*[·•(|].*|\\s+\\d+\\s+\\p{L}.*|\\d+\\s?${durationUnit}(?![\\p{L}]).*|\\s+(?:less than|weniger als)\\b.*)?`;
const rangePattern = new RegExp(
  `^(${oneDate})(?:${rangeSeparator}(${oneDate}|${presentWords.join("|")}))?${durationTail}$`,
  "iu",
);

/** "Jan 2020", "Jan. 2020", "März 2021", "December 2008", "2019" → {year, month?}. */
export function parseMonthYear(text: string): MonthYear | undefined {
  const match = /^(?:(\p{L}{3,10})\.?\s+)?((?:19|20|21)\d{2})$/u.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[2]);
  if (!match[1]) return { year };
  const name = match[1].toLowerCase();
  const month = monthByFourLetters[name.slice(0, 4)] ?? monthByPrefix[name.slice(0, 3)];
  return month ? { year, month } : undefined;
}

/**
 * A date range as shown under a position or school: "Jan 2020 – Present · 3 yrs 2 mos",
 * "Jan. 2020 – Heute · 3 J. 2 Mon.", "Sep 2023 to Present", "December 2008 – Present (7 years)",
 * "2016 – 2020" or a single "2019". Undefined for any other text.
 */
export function parseDateRange(text: string): DateRange | undefined {
  const match = rangePattern.exec(text.replace(/\s+/g, " ").trim());
  if (!match?.[1]) return undefined;
  const start = parseMonthYear(match[1]);
  if (!start) return undefined;
  const endText = match[2];
  if (!endText) return { start, current: false };
  if (presentWords.includes(endText.toLowerCase())) return { start, current: true };
  const end = parseMonthYear(endText);
  return end ? { start, end, current: false } : undefined;
}

const durationPattern = new RegExp(
  `^\\(?(?:(?:less than|weniger als) (?:a|one|ein|einem) (?:year|month|jahr|monat)|\\d+\\s?${durationUnit}(?:\\s\\d+\\s?${durationUnit})?)\\)?$`,
  "i",
);

/** True for a bare duration shown on its own line ("1 yr 4 mos", "2 Jahre", "less than a year"). */
export function isDuration(text: string): boolean {
  return durationPattern.test(text.replace(/\s+/g, " ").trim());
}

/** True for a text that is only a date range (the anchor line of a position or school). */
export function isDateRange(text: string): boolean {
  return parseDateRange(text) !== undefined;
}

/**
 * A count as shown: "1,234", "1.234", "500+", "12K", "1.2M", "3 Tsd.". Both "," and "."
 * are read as thousands separators unless followed by a K/M suffix, where they are decimals.
 */
export function parseCount(text: string): number | undefined {
  const match = /(\d[\d.,'\u00a0\u202f ]*)\s*(\+|k|m|tsd\.?|mio\.?)?(?![\p{L}\d])/iu.exec(text);
  if (!match?.[1]) return undefined;
  const digits = match[1].replace(/[\s\u00a0\u202f']/g, "").replace(/[.,]$/, "");
  const suffix = match[2]?.toLowerCase().replace(".", "");
  const multiplier = suffix === "k" || suffix === "tsd" ? 1_000 : suffix === "m" || suffix === "mio" ? 1_000_000 : 1;
  const value = multiplier === 1 ? Number(digits.replace(/[.,]/g, "")) : Number(digits.replace(",", ".")) * multiplier;
  return Number.isFinite(value) ? Math.round(value) : undefined;
}

/**
 * A count directly followed by one of the given labels, anywhere in the text:
 * ("1,234 followers", ["followers"]) → 1234; ("873 followers · 500+ connections", ["connections"]) → 500.
 * A word between number and label ("3 other connections") means it is not that count.
 */
export function parseLabelledCount(text: string, labels: readonly string[]): number | undefined {
  const normalized = text.replace(/\s+/g, " ").toLowerCase();
  for (const label of labels.map((word) => word.toLowerCase())) {
    for (let at = normalized.indexOf(label); at >= 0; at = normalized.indexOf(label, at + 1)) {
      const after = normalized[at + label.length];
      if (after !== undefined && /[\p{L}\d]/u.test(after)) continue;
      const number = /(?:^|[\s·•(|])(\d[\d.,']*(?:\s?(?:\+|k|m|tsd\.?|mio\.?))?)\s*$/u.exec(normalized.slice(0, at));
      if (number?.[1]) return parseCount(number[1]);
    }
  }
  return undefined;
}

const ageUnits: { pattern: RegExp; ms: number }[] = [
  { pattern: /^(?:s|sek\.?|sec)$/i, ms: 1_000 },
  { pattern: /^(?:m|min\.?)$/i, ms: 60_000 },
  { pattern: /^(?:h|std\.?)$/i, ms: 3_600_000 },
  { pattern: /^(?:d|t\.?|tg\.?)$/i, ms: 86_400_000 },
  { pattern: /^(?:w|wo\.?)$/i, ms: 7 * 86_400_000 },
  { pattern: /^(?:mo|mon\.?|mt\.?)$/i, ms: 30 * 86_400_000 },
  { pattern: /^(?:y|yr|yrs|j\.?)$/i, ms: 365 * 86_400_000 },
];

/** The age of a post as shown ("1w", "5mo •", "2 Wo.", "1yr • Edited") → {shown, ms}. */
export function parseShownAge(text: string): { shown: string; ms: number } | undefined {
  const match = /^(\d{1,3})\s?([A-Za-z]{1,3}\.?)(?=\s|$|[•·])/.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const unit = ageUnits.find((candidate) => candidate.pattern.test(match[2] ?? ""));
  return unit ? { shown: match[0], ms: Number(match[1]) * unit.ms } : undefined;
}
