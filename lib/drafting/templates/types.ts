import type { CtaKind, PriceAnchor } from "../../model/offer";
import type { MessageAngle, SequenceStep } from "../../model/sequence";
import type { Formality, Language } from "../salutation";

/** One wording; German needs separate Du and Sie versions, English does not. */
export type Phrase = string | { readonly du: string; readonly sie: string };

/**
 * Alternatives in tiers, richest first: the renderer takes the first tier that has a phrase whose
 * {placeholders} are all known, and picks among that tier's phrases by the variant seed.
 * An empty result means the paragraph is left out.
 */
export type Slot = readonly (readonly Phrase[])[];

/** A paragraph worded by the prospect's message angle (see MessageAngle). */
export interface AngledSlot {
  readonly angle: Readonly<Record<MessageAngle, Slot>>;
}

export interface StepTemplate {
  readonly subjects: { readonly A: Slot; readonly B: Slot };
  readonly paragraphs: readonly (Slot | AngledSlot)[];
  /** How this email leads to the chosen call to action; shown to the user, not sent. */
  readonly leadsTo: Slot;
}

export interface CtaPhrases {
  /** Nominative noun phrase: "a 15-minute call", "ein 15-minütiges Gespräch". */
  readonly noun: Phrase;
  /** The direct question. */
  readonly ask: Phrase;
  /** A softer statement for the curiosity email. */
  readonly offer: Phrase;
}

/** Everything language-specific about the sequence; en.ts and de.ts are data of this shape. */
export interface TemplatePack {
  readonly language: Language;
  readonly steps: Readonly<Record<SequenceStep, StepTemplate>>;
  readonly cta: Readonly<Record<CtaKind, CtaPhrases>>;
  readonly closing: Readonly<Record<Formality, string>>;
  readonly pricePer: Readonly<Record<PriceAnchor["per"], string>>;
  /** "{amount} {per}" order and wording of a price. */
  readonly price: string;
}
