import { parseName, salutationTitles } from "./names";

export type Language = "en" | "de";
export type Formality = "du" | "sie";
/** Only ever from an explicit input: the name alone never decides it. */
export type Gender = "female" | "male";

export interface SalutationInput {
  name: string;
  language: Language;
  formality: Formality;
  gender?: Gender;
  /** Overrides for names the parser cannot split (e.g. two family names). */
  firstName?: string;
  lastName?: string;
}

export interface Salutation {
  /** The opening line, with its comma: "Hallo Frau Dr. Schmidt,". */
  line: string;
  /** The first name used (for subjects and Du), if one was found. */
  firstName?: string;
  /** Whether the neutral fallback had to be used. */
  neutral: boolean;
}

const HONORIFIC: Record<Gender, string> = { female: "Frau", male: "Herr" };

/**
 * "Hallo Frau Dr. Schmidt," (Sie, gender given), "Hallo Jonas," (Du), "Hi Jane,";
 * otherwise the neutral "Guten Tag Anna von der Heide," / "Hello Anna von der Heide,".
 */
export function salutation(input: SalutationInput): Salutation {
  const parsed = parseName(input.name);
  const firstName = input.firstName?.trim() || parsed.given;
  const lastName = input.lastName?.trim() || parsed.family;
  // Degrees (MBA, Dipl.-Ing.) would read oddly in a greeting; Dr./Prof./Mag. stay.
  const display = [...salutationTitles(parsed.titles), parsed.plain].join(" ").trim() || input.name.trim();
  if (input.language === "en") {
    return firstName
      ? { line: `Hi ${firstName},`, firstName, neutral: false }
      : { line: `Hello ${display},`, neutral: true };
  }
  if (input.formality === "du") {
    return firstName
      ? { line: `Hallo ${firstName},`, firstName, neutral: false }
      : { line: `Hallo ${display},`, neutral: true };
  }
  if (input.gender && lastName) {
    const parts = [HONORIFIC[input.gender], ...salutationTitles(parsed.titles), lastName];
    return { line: `Hallo ${parts.join(" ")},`, firstName, neutral: false };
  }
  return { line: `Guten Tag ${display},`, firstName, neutral: true };
}
