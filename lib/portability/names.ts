/** A display name split the way CRMs and vCards want it. */
export interface NameParts {
  /** Academic or courtesy titles in front ("Dr.", "Prof. Dr."). */
  prefix: string;
  first: string;
  /** Family name with its particles ("von der Heide"). */
  last: string;
}

/** Lower-case particles that belong to the family name (German, Dutch, French, Italian, Spanish, Portuguese, Arabic). */
const particles = new Set([
  "von",
  "vom",
  "zu",
  "zum",
  "zur",
  "der",
  "den",
  "dem",
  "van",
  "ter",
  "ten",
  "te",
  "de",
  "des",
  "du",
  "la",
  "le",
  "di",
  "da",
  "del",
  "della",
  "dei",
  "degli",
  "dos",
  "das",
  "do",
  "bin",
  "ibn",
  "al",
  "el",
  "af",
  "av",
]);

const titles = /^(dr|prof|mag|dipl|ing|med|rer|nat|phil|jur|mba|herr|frau|mr|mrs|ms|mx)\.?$/i;

/**
 * "Anna von der Heide" → Anna / von der Heide; "Dr. Jonas Beck, MBA" → Dr. /
 * Jonas / Beck. LinkedIn names carry credentials after a comma and pronouns or
 * former names in brackets: both are dropped. A single word is the last name,
 * because Salesforce requires one.
 */
export function splitName(fullName: string): NameParts {
  const tokens = (fullName.split(",")[0] ?? "")
    .replace(/\([^)]*\)/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const prefixTokens: string[] = [];
  while (tokens.length > 1 && titles.test(tokens[0] ?? "")) prefixTokens.push(tokens.shift() ?? "");
  const prefix = prefixTokens.join(" ");
  if (tokens.length <= 1) return { prefix, first: "", last: tokens[0] ?? "" };
  // The family name starts at the first particle after the first given name, else it is the last word.
  const particleAt = tokens.findIndex((t, i) => i > 0 && i < tokens.length - 1 && particles.has(t.toLowerCase()));
  const split = particleAt > 0 ? particleAt : tokens.length - 1;
  return { prefix, first: tokens.slice(0, split).join(" "), last: tokens.slice(split).join(" ") };
}
