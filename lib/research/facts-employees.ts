import { parseNumber } from "./price";
import { clean, joinedLines } from "./text";
import type { EmployeeHint } from "./types";

/** Team size as pages state it: in prose ("über 200 Mitarbeitende") or as a key figure ("120" over "Mitarbeiter"). */

const employeePatterns: readonly RegExp[] = [
  // "über 200 Mitarbeitende", "rund 1.200 Mitarbeiter:innen", "50-100 Beschäftigte", "mit 60 Mitarbeitern"
  /(?:(über|mehr als|rund|ca\.|etwa|knapp|fast|circa)\s+)?(\d[\d.,]*)(?:\s?[-–]\s?(\d[\d.,]*))?\+?\s+(?:engagierte\s+|motivierte\s+|festangestellte\s+)?(?:Mitarbeitenden?|Mitarbeiter(?:n|:innen|\*innen|_innen|innen)?|Beschäftigten?|Angestellten?|Kolleg(?:inn|\*inn|:inn)?en)\b/i,
  // "Team von 45 Köpfen", "ein Team aus über 30 Personen", "unser Team aus über 50 Fachkräften"
  /team (?:von|aus)\s+(?:(über|mehr als|rund|ca\.|etwa|knapp)\s+)?(\d[\d.]*)\+?\s+(?:köpfen|personen|leuten|menschen|expert\w*|kolleg\w*|mitarbeit\w*|fachkräft\w*|spezialist\w*|ingenieur\w*|handwerker\w*)/i,
  // "team of 45", "a team of over 200 people"
  /team of\s+(?:(over|more than|about|around|nearly|almost|some)\s+)?(\d[\d,]*)\+?/i,
  // "120 employees", "more than 300 people work", "a 40-strong team"
  /(?:(over|more than|about|around|nearly|almost)\s+)?(\d[\d,]*)(?:\s?[-–]\s?(\d[\d,]*))?\+?\s+(?:employees|staff|team members|teammates|full-time employees|people (?:work|working|strong))\b/i,
  /(\d[\d,]*)-(?:strong|person) team/i,
  // "ein rund 180 Mann starkes Team", "unser 25-köpfiges Team"
  /(\d[\d.]*)(?:\s+(?:Mann|Personen|Köpfe)\s+|\s*-\s*)(?:starke[sn]?|köpfige[sn]?)\s+Team/i,
  // "We are 35 people", "Heute beschäftigen wir über 300 Menschen", "We employ more than 1,200 people"
  /\b(?:we are|we're|wir sind|employ(?:s|ing)?|beschäftig(?:t|en)(?:\s+wir)?)\s+(?:(über|mehr als|rund|ca\.|etwa|over|more than|about|around|nearly)\s+)?(\d[\d.,]*)\+?\s+(?:people|menschen|leute|personen|köpfe)\b/i,
  // "Heute arbeiten rund 50 Spezialist:innen an …", "Bei uns arbeiten über 80 Fachkräfte": the verb before the count.
  /\b(?:[Hh]eute|[Dd]erzeit|[Aa]ktuell|[Bb]ei uns|[Ff]ür uns|[Ii]nzwischen|[Mm]ittlerweile)\s+arbeiten\s+(?:(über|mehr als|rund|ca\.|etwa|knapp|fast|circa)\s+)?(\d[\d.]*)\+?\s+(?:Menschen|Personen|Fachkräfte|Spezialist(?:en|:innen|\*innen|innen)|Expert(?:en|:innen|\*innen|innen)|Ingenieur(?:e|:innen|\*innen|innen)|Entwickler(?::innen|\*innen|innen)?|Berater(?::innen|\*innen|innen)?)/,
];

const hasDigit = /\d/;

// Key figures: a count over its label ("120" over "Mitarbeiter", "450+" over "Employees") or a
// label with its count ("Mitarbeiterzahl: 250", "Employees" over "51-200").
const count =
  "(?:(über|mehr als|rund|ca\\.|over|more than|about|around|~|>)\\s*)?(\\d[\\d.,]*)(?:\\s?[-–]\\s?(\\d[\\d.,]*))?\\s*\\+?";
const countLine = new RegExp(`^${count}$`, "i");
const staffLabel =
  /^(?:Mitarbeitende|Mitarbeiter(?:innen|:innen|\*innen)?(?: und Mitarbeiterinnen)?|Mitarbeiterinnen und Mitarbeiter|Beschäftigte|Angestellte|Kolleg(?:inn)?en|Teammitglieder|Employees|Team members|Teammates|Staff)(?: weltweit| worldwide)?$/i;
const staffField =
  "(?:Mitarbeiter(?:zahl|anzahl)?|Anzahl (?:der )?Mitarbeite\\w*|Mitarbeitende|Beschäftigte|Employees|Number of employees|Team size|Company size|Teamgröße|Unternehmensgröße)";
const fieldWithCount = new RegExp(`^${staffField}\\s*:?\\s*${count}(?:\\s+(?:employees|mitarbeit\\w*|people))?$`, "i");
// Alone on its line, a size label is as often a contact form's field ("Company size" above "1-10"), so only staff words count.
const fieldAlone =
  /^(?:Mitarbeiter(?:zahl|anzahl)?|Anzahl (?:der )?Mitarbeite\w*|Mitarbeitende|Beschäftigte|Employees|Number of employees)\s*:?$/i;
// One search of the whole text: a count line followed by a staff word, or a staff field at all.
const anyKeyFigure = new RegExp(
  `\\d[\\d.,+ ]{0,8}\\n(?:mitarbeit|beschäftigte|angestellte|kolleg|teammitglieder|employees|team members|teammates|staff)|(?:^|\\n)${staffField}\\s*:?[ \\t]*(?:\\n|\\d)`,
  "i",
);

// Most pages state none of these facts: one search of all lines at once (see joinedLines) says so.
export function employeeHints(lines: readonly string[]): EmployeeHint[] {
  const text = joinedLines(lines);
  const inProse = employeePatterns.some((pattern) => pattern.test(text));
  const inFigures = anyKeyFigure.test(text);
  if (!inProse && !inFigures) return [];
  const hints: EmployeeHint[] = [];
  for (const [index, line] of lines.entries()) {
    // Every pattern counts people in digits.
    if (!hasDigit.test(line)) continue;
    if (inProse) hints.push(...proseHints(line));
    if (inFigures) {
      const figure = keyFigure(line, lines[index + 1], labelAbove(lines, index));
      if (figure) hints.push(figure);
    }
  }
  return dedupe(hints);
}

function proseHints(line: string): EmployeeHint[] {
  const hints: EmployeeHint[] = [];
  for (const pattern of employeePatterns) {
    const match = pattern.exec(line);
    const hint = match && !customerSize(line, match.index) && toHint(match);
    if (hint) hints.push(hint);
  }
  return hints;
}

/** The line above as a label, unless it already labels the count above it ("120" / "Mitarbeiter" / "3"). */
function labelAbove(lines: readonly string[], index: number): string | undefined {
  const above = lines[index - 2];
  return above !== undefined && countLine.test(above) ? undefined : lines[index - 1];
}

/** A count line read with its label: the line after it ("120" / "Mitarbeiter"), or the line before ("Employees" / "51-200"). */
function keyFigure(line: string, next: string | undefined, previous: string | undefined): EmployeeHint | undefined {
  const own = fieldWithCount.exec(line);
  if (own) return toHint(own, line);
  const counted = countLine.exec(line);
  if (!counted) return undefined;
  if (next && staffLabel.test(next)) return toHint(counted, `${line} ${next}`);
  if (previous && fieldAlone.test(previous)) return toHint(counted, `${previous} ${line}`);
  return undefined;
}

// "for teams up to 10 employees", "companies with 50-500 employees", "für Unternehmen ab 250 Mitarbeitern":
// the size of the customers a product is for, not of the company.
const forCustomersOf =
  /(?:\b(?:up to|bis zu|ab|for|für|fuer)\s+(?:(?:companies|teams|businesses|organi[sz]ations|firms|unternehmen|firmen|betriebe|organisationen|kmu)\s+(?:with|of|mit|von|ab|up to|bis zu)\s+)?|\b(?:companies|businesses|organi[sz]ations|firms|firmen|betriebe|organisationen)\s+(?:with|of|mit|von|ab)\s+(?:up to\s+|bis zu\s+)?)$/i;

// "We help 10,000+ employees at …", "500 Unternehmen mit mehr als 20.000 Mitarbeitenden": the people served.
const peopleServed =
  /(?:\b(?:help(?:s|ing)?|serv(?:e|es|ing)|support(?:s|ing)?|empower(?:s|ing)?|used by|trusted by|genutzt von|betreuen|unterstützen)|\d[\d.,]*\+?\s+(?:unternehmen|companies|kunden|customers))\s+(?:(?:with|mit)\s+)?(?:over\s+|more than\s+|über\s+|mehr als\s+)?$/i;

function customerSize(line: string, at: number): boolean {
  const before = line.slice(Math.max(0, at - 50), at);
  return forCustomersOf.test(before) || peopleServed.test(before);
}

function toHint(match: RegExpExecArray, text = match[0]): EmployeeHint | undefined {
  const numbers = match.slice(1).filter((part) => part && /^\d/.test(part));
  const min = parseNumber(numbers[0] ?? "");
  const max = numbers[1] ? parseNumber(numbers[1]) : undefined;
  // Years and tiny counts are not team sizes.
  if (min === undefined || min < 2 || min > 500_000 || (min >= 1900 && min <= 2100 && !max)) return undefined;
  return { text: clean(text), min: Math.round(min), max: max !== undefined ? Math.round(max) : undefined };
}

function dedupe(hints: EmployeeHint[]): EmployeeHint[] {
  const seen = new Set<string>();
  return hints.filter((hint) => !seen.has(hint.text.toLowerCase()) && seen.add(hint.text.toLowerCase()));
}
