/**
 * Company-page parsing on top of the shared parse.ts: counts after a label word, money
 * in funding boxes ("US$ 36.5M", "€ 2,5 Mio."), full dates ("Jun 13, 2024", "13. Juni 2024").
 */
import { parseCount, parseMonthYear } from "./parse";

/** Collapses whitespace (saved pages and embedded JSON wrap long strings). */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.replace(/\s+/g, " ").trim();
  return text ? text : undefined;
}

/**
 * The round's type as the funding box names it, or undefined where it names none: Crunchbase's
 * "Series unknown" ("Serie unbekannt") stands for a round of no known type, not for a series.
 */
export function roundType(name: string | undefined): string | undefined {
  return name && !unknownRound.test(name) ? name : undefined;
}

const unknownRound =
  /^(?:(?:series|serie|round|runde|funding round|finanzierungsrunde)\s+)?(?:unknown|unbekannt|undisclosed|nicht bekannt)$/i;

/** A count followed by one of the given words ("5,750 followers", "1.234 Follower", "8K followers"). */
export function countBefore(text: string, words: readonly string[]): number | undefined {
  for (const word of words) {
    const match = new RegExp(
      `(\\d(?:[\\d.,\\u00a0\\u202f ]*\\d)?\\s*(?:k|tsd\\.?|mio\\.?)?)\\s*${escapeRegExp(word)}`,
      "i",
    ).exec(text);
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
  // parse.ts stops at millions: billions are read as thousands of millions.
  const billions = /(\d[\d.,]*)\s*(?:B|Bn|Mrd\.?)(?![a-z])/i.exec(text)?.[1];
  const millions = billions ? parseCount(`${billions}M`) : undefined;
  const amount = millions !== undefined ? millions * 1000 : parseCount(text);
  if (amount === undefined) return undefined;
  const currency = currencies.find(([pattern]) => pattern.test(text))?.[1];
  return currency ? { amount, currency } : { amount };
}

/** "Jun 13, 2024", "13. Juni 2024", "2024-06-13" → "2024-06-13"; "Jun 2024" → "2024-06". */
export function parseIsoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const iso = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(text);
  if (iso) return iso[0];
  const year = /\b((?:19|20|21)\d{2})\b/.exec(text)?.[1];
  const month = year ? monthIn(text, year) : undefined;
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

/** The first word that parse.ts reads as a month ("Jun", "Juni", "Mär."). */
function monthIn(text: string, year: string): number | undefined {
  for (const match of text.matchAll(/([A-Za-zÄÖÜäöüß]{3,10})\.?/g)) {
    const month = parseMonthYear(`${match[1]} ${year}`)?.month;
    if (month) return month;
  }
  return undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
