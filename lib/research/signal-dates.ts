import { findDate, findMonth } from "./dates";
import { lineOf } from "./signal-entries";

/** When an event told in prose happened: its sentence's own date, the page's, or a teaser's date line. */

// "zum 1. Januar" is split after "1." as if a sentence ended there.
const endsInDay = /(?:^|\s)\d{1,2}\.$/;
const startsWithMonth =
  /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;

/**
 * The sentences for events, a German date split at its day ("übernimmt zum 1." | "Januar die Leitung")
 * joined again; the second part is then undefined. Rounds read the sentences as they are.
 */
export function withDatesJoined(all: readonly string[]): (string | undefined)[] {
  const joined: (string | undefined)[] = [...all];
  for (let index = 0; index + 1 < all.length; index++) {
    const sentence = joined[index];
    const next = all[index + 1] ?? "";
    if (sentence && endsInDay.test(sentence) && startsWithMonth.test(next)) {
      joined[index] = `${sentence} ${next}`;
      joined[index + 1] = undefined;
    }
  }
  return joined;
}

// A year the sentence places the event in: "in 2019", "seit 2021", "Anfang 2024", "im Mai 2023".
const yearInSentence =
  /\b(?:in|im(?: jahr)?|since|seit|early|late|mid|anfang|ende|mitte|spring|summer|fall|autumn|winter|frühjahr|sommer|herbst)(?: of)?(?: \p{L}+\.?)? (19[89]\d|20\d\d)\b/iu;

// A timeline's entry: "2016 – Launch of Kestrel 1.0", "2019: Opening of our office in Lisbon".
const leadingYear = /^(19[89]\d|20\d\d)(?:\s*[:–—-]\s+|\s+)(?=\p{L})/u;

/**
 * The date of an event: the page's, unless the sentence itself dates it earlier ("In 2019 we
 * opened …" in a post of 2025). Without a page date, the sentence's own date, else a date line
 * just above it (a teaser's on a news list).
 */
export function eventDate(
  sentence: string,
  pageDate: string | undefined,
  linesAbove: () => readonly string[],
): string | undefined {
  const told = /\d{4}/.test(sentence) ? (findDate(sentence) ?? monthOrYear(sentence)) : undefined;
  if (pageDate) return told && told.slice(0, 4) < pageDate.slice(0, 4) ? told : pageDate;
  // "Anfang 2022" under a date line "20. April 2022": the line tells the day.
  if (told && told.length > 7) return told;
  const teaser = teaserDate(linesAbove());
  return told && !teaser?.startsWith(told) ? told : (teaser ?? told);
}

// "…, founded in 2014, today opened …": the year of something else, the event is today's.
const toldAsNow = /\b(?:today|heute|now|jetzt|ab sofort|this (?:week|month|year)|diese[nrs]? (?:woche|monat|jahr))\b/i;
// "Since launching in 2014, we have become …": the company's start, not the event told.
const foundingBefore =
  /\b(?:founded|gegründet|established|gründung|since (?:launching|starting|our (?:launch|start|founding)))\b[^.]{0,20}$/i;

function monthOrYear(sentence: string): string | undefined {
  if (toldAsNow.test(sentence)) return undefined;
  const match = leadingYear.exec(sentence) ?? yearInSentence.exec(sentence);
  const year = match?.[1];
  if (!year || foundingBefore.test(sentence.slice(0, match.index + match[0].indexOf(year)))) return undefined;
  if (Number(year) > new Date().getFullYear()) return undefined;
  return findMonth(sentence) ?? year;
}

/** Whether a line is only a date, as a teaser prints it above or below its heading. */
function isDateLine(line: string | undefined): line is string {
  return line !== undefined && teaserDate([line]) !== undefined;
}

/** A short line that is only a date, as teasers print it above their text, or a timeline's year. */
function teaserDate(lines: readonly string[]): string | undefined {
  for (const line of [...lines].reverse()) {
    if (line.length <= 40 && /\d/.test(line)) {
      // A card's label may end in the year alone: "Press Release · 2026", "In the News2026".
      const year = /(?:^|[·|•–—]\s*|\p{L})((?:19[89]\d|20\d\d))$/u.exec(line)?.[1];
      const date = findDate(line) ?? findMonth(line) ?? year;
      if (date) return date;
    }
  }
  return undefined;
}

/**
 * The lines that may date a sentence, nearest last: the three above it (a teaser's date line), and for a
 * heading with no date line right above, the line below ("Kestrel opens in Graz" over "2025"). Only asked
 * when the page has no date.
 */
export function dateLines(lines: readonly string[], sentence: string): readonly string[] {
  const line = lineOf(lines, sentence);
  if (line < 0) return [];
  const above = lines.slice(Math.max(0, line - 3), line);
  const below = lines[line + 1];
  return lines[line] === sentence && isDateLine(below) && !isDateLine(lines[line - 1]) ? [...above, below] : above;
}
