/**
 * Number, money and date parsing for LinkedIn company pages, in English and German
 * spellings ("8K followers", "1.234 Follower", "2,5 Tsd.", "US$ 36.5M", "13. Juni 2024").
 * Kept apart from parse.ts (person pages) until the two can share one module.
 */

/** Collapses whitespace (saved pages and embedded JSON wrap long strings). */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.replace(/\s+/g, " ").trim();
  return text ? text : undefined;
}

const multipliers: Record<string, number> = {
  k: 1e3,
  tsd: 1e3,
  m: 1e6,
  mio: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
  mrd: 1e9,
};

const countPattern = /(\d(?:[\d.,\s\u00a0\u202f]*\d)?)\s*(?:(k|tsd|mio|mrd|mn|bn|m|b)\.?(?![a-zäöü]))?/i;

/**
 * The first count in a text. With a suffix (K, Mio.) a separator before one or two
 * digits is a decimal point; without one, separators before three digits group thousands.
 */
export function parseCount(text: string | undefined): number | undefined {
  const match = text ? countPattern.exec(text) : null;
  if (!match?.[1]) return undefined;
  const digits = match[1].replace(/[\s\u00a0\u202f]/g, "");
  const suffix = match[2]?.toLowerCase();
  const value = suffix ? Number(digits.replace(/[.,](?=\d{1,2}$)/, ".").replace(/[.,](?=\d{3})/g, "")) : thousands(digits);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return Math.round(value * (suffix ? (multipliers[suffix] ?? 1) : 1));
}

function thousands(digits: string): number | undefined {
  if (/^\d{1,3}([.,]\d{3})+$/.test(digits)) return Number(digits.replace(/[.,]/g, ""));
  if (/^\d+$/.test(digits)) return Number(digits);
  return undefined;
}

/** A count followed by one of the given words ("5,750 followers", "1.234 Follower"). */
export function countBefore(text: string, words: readonly string[]): number | undefined {
  for (const word of words) {
    const match = new RegExp(`(\\d[\\d.,\\s\\u00a0\\u202f]*(?:k|tsd\\.?|mio\\.?)?)\\s*${escape(word)}`, "i").exec(text);
    if (match?.[1]) return parseCount(match[1]);
  }
  return undefined;
}

/** A year between 1000 and the near future, e.g. "2019" or "Founded 2019". */
export function parseYear(text: string | undefined): number | undefined {
  const match = text ? /\b(1\d{3}|20\d{2})\b/.exec(text) : null;
  return match?.[1] ? Number(match[1]) : undefined;
}

const currencies: readonly [RegExp, string][] = [
  [/US\$|USD|\$/i, "USD"],
  [/€|EUR/i, "EUR"],
  [/£|GBP/i, "GBP"],
  [/CHF/i, "CHF"],
  [/CA\$|CAD/i, "CAD"],
];

/** Money as shown in funding boxes: "US$ 36.5M", "€ 2,5 Mio." → amount and ISO currency. */
export function parseMoney(text: string | undefined): { amount: number; currency?: string } | undefined {
  if (!text) return undefined;
  const amount = parseCount(text);
  if (amount === undefined) return undefined;
  const currency = currencies.find(([pattern]) => pattern.test(text))?.[1];
  return currency ? { amount, currency } : { amount };
}

const months: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  mär: 3,
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

/** "Jun 13, 2024", "13. Juni 2024", "2024-06-13" → "2024-06-13"; "Jun 2024" → "2024-06". */
export function parseIsoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const iso = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(text);
  if (iso) return iso[0];
  const year = /\b(\d{4})\b/.exec(text)?.[1];
  const month = monthIn(text);
  if (!year || !month) return year;
  const day = /(?:^|\s)(\d{1,2})(?:\.|,|\s)/.exec(text.replace(year, ""))?.[1];
  return [year, pad(month), day ? pad(Number(day)) : undefined].filter(Boolean).join("-");
}

/** Epoch ms of an ISO-like date ("2024", "2024-06", "2024-06-13"), at UTC midnight. */
export function isoDateToTime(date: string | undefined): number | undefined {
  const match = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date) : null;
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1));
}

/** "Project Management, Work Management, and Team Collaboration" → three entries. */
export function splitList(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  const items = text
    .split(/\s*[,;·•|]\s*|\s+(?:and|und)\s+/i)
    .map((item) => item.replace(/^(?:and|und)\s+/i, "").trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

function monthIn(text: string): number | undefined {
  for (const match of text.matchAll(/([a-zä]{3})[a-zä]*\.?(?=\s|$)/gi)) {
    const month = months[(match[1] ?? "").toLowerCase()];
    if (month) return month;
  }
  return undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
