import { findDate, findMonth } from "./dates";
import { parseUrl } from "./url";

/**
 * Pages of dated entries: a changelog's versions, release notes, a news list's teasers. Each entry
 * opens with a short line holding its date ("v2.1.0 | 2025-10-29", "March 12, 2025", "März 2025"):
 * what the entry tells happened then, not on the page's date. A changelog's entries older than a
 * year before its newest are history, not news.
 */

export interface EntryDating {
  /** The date of the entry a sentence is in; undefined above the first entry. */
  readonly date: string | undefined;
  /** A changelog entry from more than a year before its newest: history, not news. */
  readonly old: boolean;
}

// An entry's date line is short: a heading or a `<time>` above the text, not a sentence that names a date.
const maxDateLine = 48;

const changelogPath =
  /\/(?:changelog|change-log|release-?notes|releases|whats-?new|what-s-new|product-updates|versionshinweise)(?:[/.]|$)/i;
// "Neuigkeiten" or "Updates" alone may head a news list, whose older entries are news still.
const changelogTitle =
  /\b(?:changelog|change log|release notes|what['’]s new|product updates|versionshinweise|was ist neu)\b/i;

/**
 * Per line, the date of the entry it is in, when the lines hold entries: two date lines or more,
 * with different dates. Undefined for pages without entries, where the page's date holds for all.
 */
export function entryDates(
  lines: readonly string[],
  sourceUrl: string,
  title: string | undefined,
  pageDate: string | undefined,
): ((sentence: string) => EntryDating) | undefined {
  const starts: { line: number; date: string }[] = [];
  for (const [line, text] of lines.entries()) {
    const date = text.length <= maxDateLine && /\d{4}/.test(text) ? lineDate(text) : undefined;
    if (date) starts.push({ line, date });
  }
  if (new Set(starts.map((start) => start.date)).size < 2) return undefined;
  const changelog = isChangelog(sourceUrl, title);
  const since = yearBefore(
    starts
      .map((start) => start.date)
      .sort()
      .pop() ?? "",
  );
  return (sentence) => {
    const at = lineOf(lines, sentence);
    const start = at < 0 ? undefined : entryAt(starts, at);
    if (!start) return { date: undefined, old: false };
    // Outside a changelog a date line after the page's date is an event's or an update's, not an entry's.
    // "Mai 2025" above a post of 2025-05-20: the page's date tells the day.
    if (pageDate?.startsWith(start.date)) return { date: pageDate, old: changelog && start.date < since };
    const date = !changelog && pageDate && start.date > pageDate ? undefined : start.date;
    return { date, old: changelog && start.date < since };
  };
}

function entryAt<T extends { line: number }>(starts: readonly T[], line: number): T | undefined {
  let found: T | undefined;
  for (const start of starts) {
    if (start.line > line) break;
    found = start;
  }
  return found;
}

/** A changelog's entries of the year up to its newest are news; older versions are history. */
function yearBefore(date: string): string {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

function lineDate(text: string): string | undefined {
  return findDate(text) ?? (text.length <= 24 ? findMonth(text) : undefined);
}

function isChangelog(sourceUrl: string, title: string | undefined): boolean {
  const path = parseUrl(sourceUrl)?.pathname ?? "";
  return changelogPath.test(path) || (title !== undefined && changelogTitle.test(title));
}

/** The index of the line a sentence was cut from; -1 when it spans lines. */
export function lineOf(lines: readonly string[], sentence: string): number {
  return lines.findIndex((text) => text.includes(sentence));
}

/**
 * The page title is read as the first sentence, unless the text opens with its headline ("Kestrel
 * raises $18M – Press" above "Kestrel raises $18M in Series A"): a round's quote tells it once.
 */
export function headlineRepeats(title: string, text: string): boolean {
  const headline =
    title
      .split(/\s+[|–—·»-]\s+/)[0]
      ?.trim()
      .toLowerCase() ?? "";
  return (
    headline.length >= 12 &&
    text
      .slice(0, headline.length + 200)
      .toLowerCase()
      .includes(headline)
  );
}
