/**
 * Splits a display name into titles, given names and family name (with its particles).
 * Heuristic by design: the caller can always pass an explicit first/last name instead.
 */
export interface ParsedName {
  /** Academic titles as written: ["Prof.", "Dr."]. */
  titles: string[];
  /** Given names without initials: "José María", "Jonas". */
  given?: string;
  /** Family name with its particles: "von der Heide", "García". */
  family?: string;
  /** Lower-case particles that open the family name: ["von", "der"]. */
  particles: string[];
  /** The name without any titles or degrees: "Anna von der Heide". */
  plain: string;
}

// Degrees that double as surnames ("Ma") are left out on purpose.
const TITLE = /^(prof|dr|mag|dipl|ing|dipl\.-ing|dr\.-ing|mba|phd|msc|bsc|rer|nat|habil)\.?,?$/i;
const PARTICLES = new Set([
  "von",
  "vom",
  "zu",
  "zum",
  "zur",
  "van",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "dos",
  "das",
  "du",
  "la",
  "le",
  "ten",
  "ter",
  "y",
]);
/** More given names than this and the rest are treated as middle names. */
const MAX_GIVEN = 2;

function isInitial(word: string): boolean {
  return /^\p{L}\.?$/u.test(word);
}

export function parseName(name: string): ParsedName {
  const words = name.trim().replace(/,/g, " ").split(/\s+/).filter(Boolean);
  const titles = words.filter((word) => TITLE.test(word));
  const rest = words.filter((word) => !TITLE.test(word));
  const plain = rest.join(" ");
  // One word could be either name ("Kim", "Schmidt"): better a neutral greeting than a wrong one.
  if (rest.length < 2) return { titles, particles: [], plain };
  let start = rest.length - 1;
  // Walk left over particles, but keep at least one given name in front.
  while (start > 1 && PARTICLES.has((rest[start - 1] ?? "").toLowerCase())) start -= 1;
  const familyWords = rest.slice(start);
  const givenWords = rest.slice(0, start).filter((word) => !isInitial(word));
  const particles = familyWords.slice(0, -1).map((word) => word.toLowerCase());
  return {
    titles,
    given: givenWords.length > 0 ? givenWords.slice(0, MAX_GIVEN).join(" ") : undefined,
    family: familyWords.join(" "),
    particles,
    plain,
  };
}

/** The titles used in a German salutation: Prof. outranks Dr.; Austrian Mag. is kept; degrees are not. */
export function salutationTitles(titles: readonly string[]): string[] {
  const lower = titles.map((title) => title.toLowerCase().replace(/[.,]/g, ""));
  if (lower.includes("prof")) return ["Prof."];
  if (lower.some((title) => title === "dr" || title === "dr-ing")) return ["Dr."];
  if (lower.includes("mag")) return ["Mag."];
  return [];
}
