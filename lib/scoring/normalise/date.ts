import { memoise } from "./text";

const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})[./](\d{4})$/;
const YEAR = /^(\d{4})$/;

/**
 * Funding and job-post dates as sites write them: "2025-03-14", "2025-03", "14.03.2025",
 * "03/2025", "2025", "Mar 2025" → epoch ms (UTC, first of the month or year when partial).
 */
export const parseLooseDate = memoise((text: string): number | undefined => {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return utc(iso[1], iso[2], iso[3]);
  const german = GERMAN.exec(trimmed);
  if (german) return utc(german[3], german[2], german[1]);
  const monthYear = MONTH_YEAR.exec(trimmed);
  if (monthYear) return utc(monthYear[2], monthYear[1]);
  const year = YEAR.exec(trimmed);
  if (year) return utc(year[1]);
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? undefined : parsed;
});

/** Whole months between two times, for "raised within N months". */
export function monthsBetween(earlier: number, later: number): number {
  return (later - earlier) / (1000 * 60 * 60 * 24 * 30.44);
}

function utc(year?: string, month = "1", day = "1"): number | undefined {
  const value = Date.UTC(Number(year), Number(month) - 1, Number(day));
  return Number.isNaN(value) ? undefined : value;
}
