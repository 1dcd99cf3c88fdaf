import { pickIndex } from "./hash";
import type { Formality } from "./salutation";
import type { Phrase, Slot } from "./templates/types";
import { capitalize } from "./text";

/** Values for {placeholders}; undefined or empty means "not known", which rules a phrase out. */
export type Vars = Readonly<Record<string, string | undefined>>;

export interface Rendered {
  text: string;
  /** Placeholder names the chosen phrase used, e.g. to list the facts an email relies on. */
  used: string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
}

export function phraseText(phrase: Phrase, formality: Formality): string {
  return typeof phrase === "string" ? phrase : phrase[formality];
}

/** Fills a phrase, or returns undefined when any placeholder has no value. */
export function fill(text: string, vars: Vars): Rendered | undefined {
  const used = placeholdersOf(text);
  if (used.some((name) => !vars[name])) return undefined;
  return { text: capitalize(text.replace(PLACEHOLDER, (_, name: string) => vars[name] ?? "")), used };
}

export interface PickOptions {
  formality: Formality;
  seed: number;
  /** Distinguishes slots so that one seed varies each slot independently. */
  salt: string;
  /** Extra condition on the rendered text (e.g. a subject's length). */
  accept?: (text: string) => boolean;
}

export function pickSlot(slot: Slot, vars: Vars, options: PickOptions): Rendered | undefined {
  for (const tier of slot) {
    const candidates = tier
      .map((phrase) => fill(phraseText(phrase, options.formality), vars))
      .filter((rendered): rendered is Rendered => rendered !== undefined)
      .filter((rendered) => options.accept?.(rendered.text) ?? true);
    if (candidates.length > 0) return candidates[pickIndex(candidates.length, options.seed, options.salt)];
  }
  return undefined;
}
