/**
 * Drafting: the pure core of the four-step sequence. No browser APIs anywhere here.
 *
 * Public API (import from the file named):
 * - sequence.ts   draftSequence(input: DraftSequenceInput): SequenceDraft
 *                 toDraftEmails(draft, sendAt?: number[]): DraftEmail[]   (lib/model/sequence shape)
 * - input.ts      draftSequenceInputSchema (Zod; draftSequence parses with it and throws ZodError)
 * - missing.ts    missingMessages[code].en|de for SequenceDraft.missing
 * - salutation.ts salutation({name, language, formality, gender?, firstName?, lastName?}): Salutation
 * - language.ts   chooseLanguage({location, headline, about}, fallback, override?): LanguageChoice
 * - region.ts     detectRegion(location): {country?, timeZone?, germanSpeaking?}
 * - lint.ts       lintEmail(email, options): LintIssue[]
 * - schedule.ts   planSchedule(options): SchedulePlan; nextSlot(...)
 * - holidays.ts   holidaysOf(year, country, subdivision?): Holiday[]; isHoliday(...)
 * - ics.ts        toIcs(events, options): string (RFC 5545)
 * - compose.ts    composeHandoff({client, to, subject, body, account?}): {kind:"url", url} | {kind:"copy", reason}
 * - recipient.ts  recipientOptions({capturedEmails, name, domain}): RecipientOption[]
 * - gates.ts      checkGates(input): GateReason[]; overrideGates(reasons, statedReason): GateDecision
 * - html.ts escapeHtml, textToHtml
 */
import { factTextIn } from "../facts/worded";
import type { CtaKind } from "../model/offer";
import type { DraftEmail, MessageAngle, SequenceStep } from "../model/sequence";
import { messageAngleFor, subjectVariantFor } from "./hash";
import { textToHtml } from "./html";
import { type DraftSequenceInput, draftSequenceInputSchema, type ParsedSequenceInput, type SourcedFact } from "./input";
import { chooseLanguage } from "./language";
import type { MissingCode } from "./missing";
import { pickSlot, type Vars } from "./render";
import { type Formality, type Language, type Salutation, salutation } from "./salutation";
import { de } from "./templates/de";
import { en } from "./templates/en";
import type { AngledSlot, Slot, StepTemplate, TemplatePack } from "./templates/types";
import { arrangeFacts, buildVars, rankSignals } from "./vars";

export type { DraftSequenceInput } from "./input";

export const SEQUENCE_STEPS: readonly SequenceStep[] = ["attention", "curiosity", "credibility", "action"];
export const MAX_SUBJECT_LENGTH = 60;
const PACKS: Record<Language, TemplatePack> = { en, de };

export interface SequenceEmail {
  step: SequenceStep;
  /** The subject of the prospect's variant; both are kept for the A/B record. */
  subject: string;
  subjectVariant: "A" | "B";
  subjects: { A: string; B: string };
  body: string;
  html: string;
  /** How this email leads to the call to action (for the user, not sent). */
  leadsTo: string;
  /** The facts this email weaves in, with their sources. */
  facts: SourcedFact[];
}

export interface SequenceDraft {
  language: Language;
  languageReason: ReturnType<typeof chooseLanguage>["reason"];
  formality: Formality;
  cta: CtaKind;
  /** The prospect's message angle, fixed like the subject variant, for the angle test. */
  angle: MessageAngle;
  emails: SequenceEmail[];
  missing: MissingCode[];
}

function shorten(text: string): string {
  if (text.length <= MAX_SUBJECT_LENGTH) return text;
  const cut = text.slice(0, MAX_SUBJECT_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 20)).trimEnd()}…`;
}

interface StepContext {
  vars: Vars;
  formality: Formality;
  seed: number;
  greeting: Salutation;
  signOff: string;
  facts: readonly SourcedFact[];
  angle: MessageAngle;
}

function slotFor(paragraph: Slot | AngledSlot, angle: MessageAngle): Slot {
  return "angle" in paragraph ? paragraph.angle[angle] : paragraph;
}

function pickSubject(slot: Slot, context: StepContext, salt: string): string {
  const options = { formality: context.formality, seed: context.seed, salt };
  const fitting = pickSlot(slot, context.vars, { ...options, accept: (text) => text.length <= MAX_SUBJECT_LENGTH });
  return fitting?.text ?? shorten(pickSlot(slot, context.vars, options)?.text ?? "");
}

function renderStep(step: SequenceStep, template: StepTemplate, context: StepContext, variant: "A" | "B") {
  const options = { formality: context.formality, seed: context.seed };
  const rendered = template.paragraphs
    .map((slot, index) =>
      pickSlot(slotFor(slot, context.angle), context.vars, { ...options, salt: `${step}:${index}` }),
    )
    .filter((paragraph) => paragraph !== undefined);
  const used = new Set(rendered.flatMap((paragraph) => paragraph.used));
  const body = [context.greeting.line, ...rendered.map((paragraph) => paragraph.text), context.signOff].join("\n\n");
  const subjects = {
    A: pickSubject(template.subjects.A, context, `${step}:A`),
    B: pickSubject(template.subjects.B, context, `${step}:B`),
  };
  return {
    step,
    subject: subjects[variant],
    subjectVariant: variant,
    subjects,
    body,
    html: textToHtml(body),
    leadsTo: pickSlot(template.leadsTo, context.vars, { ...options, salt: `${step}:leads` })?.text ?? "",
    facts: context.facts.filter((_, index) => used.has(`fact${index + 1}`)),
  };
}

function missingOf(input: ParsedSequenceInput, greeting: Salutation, language: Language, formality: Formality) {
  const offer = input.offer;
  const checks: [MissingCode, boolean][] = [
    ["company", !input.company],
    ["industry", !input.company?.industry],
    ["facts", input.facts.length < 3],
    ["signals", input.signals.length === 0],
    ["offer", !offer],
    ["offer.metrics", !!offer && offer.successMetrics.length === 0],
    ["offer.alternative", !!offer && !offer.currentAlternative],
    ["offer.proof", !!offer && offer.proof.caseStudies.length + offer.proof.references.length === 0],
    ["offer.price", !!offer && !offer.priceAnchor],
    ["first-name", !greeting.firstName],
    ["gender", language === "de" && formality === "sie" && !input.person.gender],
    ["sender", !offer?.senderName],
  ];
  return checks.filter(([, isMissing]) => isMissing).map(([code]) => code);
}

function signOffOf(pack: TemplatePack, formality: Formality, input: ParsedSequenceInput): string {
  const lines = [input.offer?.senderName, input.offer?.signature?.trim()].filter(Boolean);
  return [pack.closing[formality], ...lines].join("\n");
}

/** Four emails, one function each, written backwards from the offer's call to action. */
export function draftSequence(raw: DraftSequenceInput): SequenceDraft {
  const input = draftSequenceInputSchema.parse(raw);
  const { person } = input;
  const choice = chooseLanguage(person, input.offer?.defaultLanguage ?? "en", input.language);
  const language = choice.language;
  const formality = input.formality ?? input.offer?.formality ?? "sie";
  const pack = PACKS[language];
  const greeting = salutation({ ...person, language, formality });
  // A fact picked in the other language is told in the email's (a fact the user wrote stays as written).
  const worded = input.facts.map(({ sourceUrl, ...fact }) => ({ text: factTextIn(fact, language), sourceUrl }));
  const facts = arrangeFacts(worded, input.variantSeed);
  const signals = rankSignals(input.signals);
  const vars = buildVars({ input, pack, formality, firstName: greeting.firstName, facts, signals });
  const prospectKey = person.id ?? person.profileUrl ?? person.name;
  const angle = messageAngleFor(prospectKey);
  const context: StepContext = {
    vars,
    formality,
    seed: input.variantSeed,
    greeting,
    signOff: signOffOf(pack, formality, input),
    facts,
    angle,
  };
  const variant = subjectVariantFor(prospectKey);
  return {
    language,
    languageReason: choice.reason,
    formality,
    cta: input.offer?.cta.kind ?? "call-15",
    angle,
    emails: SEQUENCE_STEPS.map((step) => renderStep(step, pack.steps[step], context, variant)),
    missing: missingOf(input, greeting, language, formality),
  };
}

/** The stored shape (lib/model/sequence): text only, with planned send times when given. */
export function toDraftEmails(draft: SequenceDraft, sendAt: readonly number[] = []): DraftEmail[] {
  return draft.emails.map((email, index) => ({
    step: email.step,
    subject: email.subject,
    subjectVariant: email.subjectVariant,
    body: email.body,
    sendAt: sendAt[index],
    edited: false,
  }));
}
