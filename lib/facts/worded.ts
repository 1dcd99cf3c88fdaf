import type { FactWordings } from "../model";

/** A fact's text in a language: its wording there where the extension worded it, else the user's own words. */
export function factTextIn(fact: { text: string; wordings?: FactWordings }, language: keyof FactWordings): string {
  return fact.wordings?.[language]?.trim() || fact.text;
}
