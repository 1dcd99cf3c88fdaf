import { parseNumber } from "./price";
import { clean, joinedLines, unique } from "./text";
import type { EmployeeHint } from "./types";

/** Company facts stated in prose: team size, founding year, offices, headquarters. */

const employeePatterns: readonly RegExp[] = [
  // "über 200 Mitarbeitende", "rund 1.200 Mitarbeiter:innen", "50-100 Beschäftigte", "mit 60 Mitarbeitern"
  /(?:(über|mehr als|rund|ca\.|etwa|knapp|fast|circa)\s+)?(\d[\d.,]*)(?:\s?[-–]\s?(\d[\d.,]*))?\+?\s+(?:engagierte\s+|motivierte\s+|festangestellte\s+)?(?:Mitarbeitenden?|Mitarbeiter(?:n|:innen|\*innen|_innen|innen)?|Beschäftigten?|Angestellten?|Kolleg(?:inn|\*inn|:inn)?en)\b/i,
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
      const hint = match && !customerSize(line, match.index) && toHint(match);
      if (hint) hints.push(hint);
    }
  }
  return dedupe(hints);
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

const year = "(1[89]\\d\\d|20\\d\\d)";
// "Founded in 2014", "gegründet 1998", "founded by two auditors, … in 2009"; generic verbs only right
// before the year ("established in 1998", "incorporated in Delaware in 2015", not "started working
// with us in 2020"); "1987 gegründet"; "seit 1998 am Markt"; and "Gründungsjahr: 2003" or "Est. 2011"
// as a label, also over two lines.
const foundedPattern = new RegExp(
  [
    `\\b(?:founded|gegründet|gründung|gründungsjahr|since our founding in)\\b[^.!?\\n]{0,70}?\\b${year}\\b`,
    `\\b(?<!get |getting )(?:established|incorporated|started)(?: in [A-Z][\\w-]+(?:,? [A-Z][\\w-]+)?)?(?: in| im jahr| im| on| as early as)?(?: \\w+ \\d{1,2},?)? ${year}\\b`,
    `\\b(?:seit|since)\\s+${year}\\s+(?:am markt|on the market|in business|im geschäft)`,
    `\\b${year}\\b[^.!?\\n]{0,30}?\\bgegründet`,
    `(?:^|\\n)(?:gründungsjahr|gegründet|gründung|founded|year founded|established|est\\.?)[ \\t]*:?[ \\t]*\\n?[ \\t]*${year}[ \\t]*(?=\\n|$)`,
    // A timeline's year above its entry: "1976" over "Gründung".
    `(?:^|\\n)${year}[ \\t]*\\n(?:gründung|unternehmensgründung|firmengründung|founded|founding|company founded)[ \\t]*(?=\\n|$)`,
  ].join("|"),
  "gi",
);

// Most pages state no founding year; the first statement in the text is the company's.
export function foundedYear(lines: readonly string[]): number | undefined {
  const text = joinedLines(lines);
  if (!hasDigit.test(text)) return undefined;
  for (const match of text.matchAll(foundedPattern)) {
    const found = Number(match.slice(1).find(Boolean));
    if (found && found <= new Date().getFullYear()) return found;
  }
  return undefined;
}

const word = "[A-ZÄÖÜ][\\wäöüß.\\-]+";
// "Berlin", "San Francisco", "Frankfurt am Main", "Mülheim an der Ruhr" (not "Berlin am Potsdamer Platz").
const place = `${word}(?:\\s${word}|\\s(?:am|an der)\\s${word}(?!\\s[A-ZÄÖÜ]))?`;
// Places apart by commas, "and", or the dots and bars of footers ("Austin · Lisbon · London").
const placeList = `((?:${place})(?:(?:,\\s*|\\s+(?:and|und|&|·|•|\\|)\\s+)(?:${place}))*)`;
// "Standorte in", also with a verb between ("Standorte haben wir in", "Hauptsitz ist in", "offices are located in").
const placedIn =
  "(?:\\s+(?:ist|sind|befindet sich|befinden sich|liegt|liegen|haben wir|is|are))?(?:\\s+(?:located|situated|based))?\\s+in";
const officesPattern = new RegExp(
  [
    `(?:[Oo]ffices?|[Ll]ocations?|[Ss]tandort(?:e|en)?|[Bb]üros?|[Nn]iederlassungen|[Hh]auptsitz|[Ff]irmensitz|[Hh]eadquarters)${placedIn}\\s+${placeList}`,
    `(?:[Bb]ased in|[Ss]itz in|[Hh]eadquartered in)\\s+${placeList}`,
    // "an den Standorten Frankfurt am Main, Leipzig und Wien", "Offices: London, Berlin"
    `(?:[Ss]tandort(?:e|en)|(?:[Oo]ffices|[Ll]ocations|[Bb]üros|[Nn]iederlassungen):)\\s+${placeList}`,
  ].join("|"),
  "g",
);

// A label on a line of its own, the places on the next ("Standorte" above "Köln, Bonn").
const labelWords = "Standorte?|Offices|Locations|Büros|Niederlassungen";
const officeLabel = new RegExp(`^(?:${labelWords})\\s*:?$`, "i");
// The same without the `g` flag and with the label lines, for one search of the whole text.
const anyOffice = new RegExp(
  `${officesPattern.source}|(?:^|\\n)(?:${labelWords.toLowerCase()}|${labelWords})[ \\t]*:?\\n`,
);
const wholeList = new RegExp(`^${placeList}$`);

const clauseVerb =
  /^\s+(?:is|are|was|were|has|have|had|offers|builds|helps|develops|provides|makes|ist|sind|war|hat|haben|wird|werden|bietet|entwickelt|hilft|unterstützt)\b/;
// "Our customer Ridgeway Foods, based in Chicago": the place of someone else.
const someoneElse = /\b(?:[Cc]ustomers?|[Cc]lients?|[Kk]unden?|[Kk]undin)\s+(?:[A-ZÄÖÜ][\w&.'-]*\s*){1,4},\s*$/;
// States and countries after a city ("Austin, Texas", "Berlin, Germany") tell where the city is.
const regions = new Set(
  "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming ca ny tx ma wa il co fl ga nc usa us uk germany deutschland austria österreich switzerland schweiz france frankreich spain spanien italy italien netherlands niederlande portugal poland polen ireland canada india".split(
    " ",
  ),
);

/** Places named after "offices in", "Standorte in", "based in". */
export function officeLocations(lines: readonly string[]): string[] {
  if (!anyOffice.test(joinedLines(lines))) return [];
  const places: string[] = [];
  for (const [index, line] of lines.entries()) {
    for (const match of line.matchAll(officesPattern)) {
      if (someoneElse.test(line.slice(0, match.index))) continue;
      const listed = placesOf(match[1] ?? match[2] ?? match[3] ?? "");
      // "Based in Berlin, Kranich is …": a name before a verb starts a new clause, it is no place.
      const after = line.slice((match.index ?? 0) + match[0].length);
      if (listed.length > 1 && clauseVerb.test(after)) listed.pop();
      places.push(...listed);
    }
    const next = officeLabel.test(line) ? lines[index + 1] : undefined;
    const list = next && wholeList.exec(next)?.[1];
    if (list) places.push(...placesOf(list));
  }
  return unique(places).filter((name) => !/^(The|Der|Die|Das|Our|Unser)/.test(name));
}

function placesOf(list: string): string[] {
  const names = list.split(/,\s*|\s+(?:and|und|&|·|•|\|)\s+/).map((name) => name.replace(/\.$/, ""));
  return names.filter((name, index) => !street.test(name) && (index === 0 || !isRegionOf(name, names[index - 1])));
}

// "Hauptsitz: Hafenstraße 4": an address follows the label, not a city.
const street = /(?:straße|strasse|str\.?|weg|platz|allee|gasse|damm|ufer|street|road|avenue)$/i;

function isRegionOf(name: string, before: string | undefined): boolean {
  return regions.has(name.toLowerCase()) && !regions.has((before ?? "").toLowerCase());
}

// Labels in either case; the place itself must be capitalised, so the flag stays case-sensitive.
const hqPattern = new RegExp(
  `(?:[Hh]eadquartered in|(?:[Hh]eadquarters|HQ|[Hh]auptsitz|[Ff]irmensitz|[Uu]nternehmenssitz)(?:${placedIn}|:)|[Mm]it Sitz in|[Ss]itz der Gesellschaft:?)\\s+(${place})`,
);

export function headquartersFromText(lines: readonly string[]): string | undefined {
  if (!hqPattern.test(joinedLines(lines))) return undefined;
  for (const line of lines) {
    const match = hqPattern.exec(line);
    if (match?.[1] && !street.test(match[1]) && !someoneElse.test(line.slice(0, match.index))) return clean(match[1]);
  }
  return undefined;
}
