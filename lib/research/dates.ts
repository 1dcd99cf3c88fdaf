/** Dates as pages print them, in English and German, to ISO yyyy-mm-dd. */

const months: Record<string, number> = {
  jan: 1,
  januar: 1,
  january: 1,
  jänner: 1,
  feb: 2,
  februar: 2,
  february: 2,
  mar: 3,
  mär: 3,
  märz: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  mai: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  okt: 10,
  oktober: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  dez: 12,
  dezember: 12,
  december: 12,
};
const monthNames = Object.keys(months)
  .sort((a, b) => b.length - a.length)
  .join("|");

const patterns: readonly [RegExp, (match: RegExpExecArray) => [string?, string?, string?]][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => [m[1], m[2], m[3]]],
  [/\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/, (m) => [m[3], m[2], m[1]]],
  [
    new RegExp(`\\b(\\d{1,2})\\.?\\s+(${monthNames})\\.?,?\\s+(\\d{4})\\b`, "i"),
    (m) => [m[3], monthNumber(m[2]), m[1]],
  ],
  [
    new RegExp(`\\b(${monthNames})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"),
    (m) => [m[3], monthNumber(m[1]), m[2]],
  ],
];

function monthNumber(name: string | undefined): string | undefined {
  const number = months[(name ?? "").toLowerCase()];
  return number ? String(number) : undefined;
}

/** The first date in a text, as yyyy-mm-dd. */
export function findDate(text: string): string | undefined {
  for (const [pattern, parts] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = parts(match).map(Number);
    if (year && month && day && year >= 1990 && year <= 2100 && month <= 12 && day <= 31) {
      return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    }
  }
  return undefined;
}
