import { type LocalDate, zonedTime } from "../metrics/zone";

/** Day-month-year (Europe) or month-day-year (US) for dates written with slashes. */
export type DateOrder = "dmy" | "mdy";

const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::\d{2})?)?(?:\s*Uhr)?$/;
const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm)?)?$/i;

/**
 * Reads a date cell: ISO ("2026-11-27", "2026-11-27T14:30:00Z"), German
 * ("27.11.2026", "27.11.26 14:30") or slashed in the file's order. A time
 * without zone is wall-clock time in `timeZone`; a date without time is read as
 * the end of that day, so an outcome never lands before the email it answers.
 */
export function parseDateCell(cell: string, timeZone: string, order: DateOrder = "dmy"): number | undefined {
  const text = cell.trim();
  const i = iso.exec(text);
  if (i?.[6]) return validTime(Date.parse(text.replace(" ", "T")));
  if (i) return wallTime(Number(i[1]), Number(i[2]), Number(i[3]), i[4], i[5], timeZone);
  const d = dotted.exec(text);
  if (d) return wallTime(fullYear(d[3]), Number(d[2]), Number(d[1]), d[4], d[5], timeZone);
  const s = slashed.exec(text);
  if (!s) return undefined;
  const [day, month] = order === "dmy" ? [s[1], s[2]] : [s[2], s[1]];
  const hour = s[4] && s[6] ? String((Number(s[4]) % 12) + (s[6].toLowerCase() === "pm" ? 12 : 0)) : s[4];
  return wallTime(fullYear(s[3]), Number(month), Number(day), hour, s[5], timeZone);
}

/** A slashed date with a first part above 12 can only be day-first, and the reverse; US order when undecided. */
export function detectDateOrder(cells: readonly string[]): DateOrder {
  for (const cell of cells) {
    const s = slashed.exec(cell.trim());
    if (s && Number(s[1]) > 12) return "dmy";
    if (s && Number(s[2]) > 12) return "mdy";
  }
  return "mdy";
}

function fullYear(text: string | undefined): number {
  const year = Number(text);
  return year < 100 ? 2000 + year : year;
}

function wallTime(
  year: number,
  month: number,
  day: number,
  hour: string | undefined,
  minute: string | undefined,
  timeZone: string,
) {
  const date: LocalDate = { year, month, day };
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined; // 31.02.
  const h = hour === undefined ? 23 : Number(hour);
  const m = minute === undefined ? 59 : Number(minute);
  return h > 23 || m > 59 ? undefined : zonedTime(date, h, m, timeZone);
}

function validTime(at: number): number | undefined {
  return Number.isNaN(at) ? undefined : at;
}

const falsy = new Set(["", "0", "false", "no", "n", "nein", "falsch", "-", "–", "none", "never", "nie", "null"]);

/** Whether a yes/no-ish cell says yes: "yes", "ja", "x", "1", "3" (opens), a timestamp ("opened at"), … */
export function isYes(cell: string): boolean {
  return !falsy.has(cell.trim().toLowerCase());
}

/** Reads "12.000,50 €", "12,000.50", "12000" as a number; the last separator is the decimal one. */
export function parseAmount(cell: string): number | undefined {
  const text = cell.replace(/[^\d.,-]/g, "");
  if (!/\d/.test(text)) return undefined;
  const lastSeparator = Math.max(text.lastIndexOf(","), text.lastIndexOf("."));
  const decimals = lastSeparator >= 0 ? text.length - lastSeparator - 1 : 0;
  // One kind of separator followed by exactly three digits is a thousands separator ("12.000", "12,000").
  const onlyThousands = decimals === 3 && !(text.includes(",") && text.includes("."));
  const [whole, fraction] =
    lastSeparator < 0 || onlyThousands ? [text, ""] : [text.slice(0, lastSeparator), text.slice(lastSeparator + 1)];
  const value = Number(`${whole.replace(/[.,]/g, "")}.${fraction || "0"}`);
  return Number.isFinite(value) ? value : undefined;
}
