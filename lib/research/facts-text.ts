import { parseNumber } from "./price";
import { clean, joinedLines, unique } from "./text";
import type { EmployeeHint } from "./types";

/** Company facts stated in prose: team size, founding year, offices, headquarters. */

const employeePatterns: readonly RegExp[] = [
  // "über 200 Mitarbeitende", "rund 1.200 Mitarbeiter:innen", "50-100 Beschäftigte"
  /(?:(über|mehr als|rund|ca\.|etwa|knapp|fast|circa)\s+)?(\d[\d.,]*)(?:\s?[-–]\s?(\d[\d.,]*))?\+?\s+(?:engagierte\s+|motivierte\s+|festangestellte\s+)?(?:Mitarbeitende|Mitarbeiter(?::innen|\*innen|innen)?|Beschäftigte|Angestellte|Kolleg(?:inn|\*inn|:inn)?en)\b/i,
  // "Team von 45 Köpfen", "ein Team aus über 30 Personen"
  /team (?:von|aus)\s+(?:(über|mehr als|rund|ca\.|etwa|knapp)\s+)?(\d[\d.]*)\+?\s+(?:köpfen|personen|leuten|menschen|expert\w*|kolleg\w*|mitarbeit\w*)/i,
  // "team of 45", "a team of over 200 people"
  /team of\s+(?:(over|more than|about|around|nearly|almost|some)\s+)?(\d[\d,]*)\+?/i,
  // "120 employees", "more than 300 people work", "a 40-strong team"
  /(?:(over|more than|about|around|nearly|almost)\s+)?(\d[\d,]*)(?:\s?[-–]\s?(\d[\d,]*))?\+?\s+(?:employees|staff|team members|teammates|full-time employees|people (?:work|working|strong))\b/i,
  /(\d[\d,]*)-(?:strong|person) team/i,
];

const hasDigit = /\d/;

// Most pages state none of these facts: one search of all lines at once (see joinedLines) says so.
export function employeeHints(lines: readonly string[]): EmployeeHint[] {
  const text = joinedLines(lines);
  if (!employeePatterns.some((pattern) => pattern.test(text))) return [];
  const hints: EmployeeHint[] = [];
  for (const line of lines) {
    // Every pattern counts people in digits.
    if (!hasDigit.test(line)) continue;
    for (const pattern of employeePatterns) {
      const match = pattern.exec(line);
      const hint = match && toHint(match);
      if (hint) hints.push(hint);
    }
  }
  return dedupe(hints);
}

function toHint(match: RegExpExecArray): EmployeeHint | undefined {
  const numbers = match.slice(1).filter((part) => part && /^\d/.test(part));
  const min = parseNumber(numbers[0] ?? "");
  const max = numbers[1] ? parseNumber(numbers[1]) : undefined;
  // Years and tiny counts are not team sizes.
  if (min === undefined || min < 2 || min > 500_000 || (min >= 1900 && min <= 2100 && !max)) return undefined;
  return { text: clean(match[0]), min: Math.round(min), max: max !== undefined ? Math.round(max) : undefined };
}

function dedupe(hints: EmployeeHint[]): EmployeeHint[] {
  const seen = new Set<string>();
  return hints.filter((hint) => !seen.has(hint.text.toLowerCase()) && seen.add(hint.text.toLowerCase()));
}

const foundedPattern =
  /\b(?:founded|established|gegründet|gründung|incorporated|since our founding in|started)\b[^.!?\n]{0,50}?\b(1[89]\d\d|20\d\d)\b|\b(?:seit|since)\s+(1[89]\d\d|20\d\d)\s+(?:am markt|on the market|in business|im geschäft)|\b(1[89]\d\d|20\d\d)\b[^.!?\n]{0,30}?\bgegründet/i;

export function foundedYear(lines: readonly string[]): number | undefined {
  if (!foundedPattern.test(joinedLines(lines))) return undefined;
  for (const line of lines) {
    if (!hasDigit.test(line)) continue;
    const match = foundedPattern.exec(line);
    const year = Number(match?.[1] ?? match?.[2] ?? match?.[3]);
    if (year && year <= new Date().getFullYear()) return year;
  }
  return undefined;
}

const place = "[A-ZÄÖÜ][\\wäöüß.\\-]+(?:\\s[A-ZÄÖÜ][\\wäöüß.\\-]+)?";
// "Standorte in", also with a verb between ("Standorte haben wir in", "Hauptsitz ist in", "offices are in").
const placedIn = "(?:\\s+(?:ist|sind|befindet sich|befinden sich|liegt|liegen|haben wir|is|are))?\\s+in";
const officesPattern = new RegExp(
  `(?:[Oo]ffices?|[Ll]ocations?|[Ss]tandort(?:e|en)?|[Bb]üros?|[Nn]iederlassungen|[Hh]auptsitz|[Ff]irmensitz|[Hh]eadquarters)${placedIn}\\s+((?:${place})(?:(?:,\\s*|\\s+(?:and|und|&)\\s+)(?:${place}))*)|(?:[Bb]ased in|[Ss]itz in|[Hh]eadquartered in)\\s+((?:${place})(?:(?:,\\s*|\\s+(?:and|und|&)\\s+)(?:${place}))*)`,
  "g",
);

// The same without the `g` flag, for one search of the whole text.
const anyOffice = new RegExp(officesPattern.source);

const clauseVerb =
  /^\s+(?:is|are|was|were|has|have|had|offers|builds|helps|develops|provides|makes|ist|sind|war|hat|haben|wird|werden|bietet|entwickelt|hilft|unterstützt)\b/;

/** Places named after "offices in", "Standorte in", "based in". */
export function officeLocations(lines: readonly string[]): string[] {
  if (!anyOffice.test(joinedLines(lines))) return [];
  const places: string[] = [];
  for (const line of lines) {
    for (const match of line.matchAll(officesPattern)) {
      const listed = (match[1] ?? match[2] ?? "")
        .split(/,\s*|\s+(?:and|und|&)\s+/)
        .map((name) => name.replace(/\.$/, ""));
      // "Based in Berlin, Kranich is …": a name before a verb starts a new clause, it is no place.
      const after = line.slice((match.index ?? 0) + match[0].length);
      if (listed.length > 1 && clauseVerb.test(after)) listed.pop();
      places.push(...listed);
    }
  }
  return unique(places).filter((name) => !/^(The|Der|Die|Das|Our|Unser)/.test(name));
}

// Labels in either case; the place itself must be capitalised, so the flag stays case-sensitive.
const hqPattern = new RegExp(
  `(?:[Hh]eadquartered in|(?:[Hh]eadquarters|HQ|[Hh]auptsitz|[Ff]irmensitz|[Uu]nternehmenssitz)${placedIn}|[Mm]it Sitz in|[Ss]itz der Gesellschaft:?)\\s+(${place})`,
);

export function headquartersFromText(lines: readonly string[]): string | undefined {
  if (!hqPattern.test(joinedLines(lines))) return undefined;
  for (const line of lines) {
    const match = hqPattern.exec(line);
    if (match?.[1]) return clean(match[1]);
  }
  return undefined;
}
