/** What the composer's buttons do: each saves through lib/db/outreach and reports back as text. */
import type { Translate } from "@/components/use-ui-language";
import type { ProspectDatabase } from "@/lib/db";
import { recordOverride, recordSent, updateSequence } from "@/lib/db/outreach";
import { planToIcs } from "@/lib/drafting/ics";
import { planForLocation, type SchedulePlan } from "@/lib/drafting/schedule";
import { type SequenceDraft, toDraftEmails } from "@/lib/drafting/sequence";
import type { UiLanguage } from "@/lib/i18n/messages";
import type { Company, DraftEmail, Person, Sequence, SequenceStep } from "@/lib/model";
import { type Choice, type ComposerData, draftFor } from "./compose-model";
import { downloadText } from "./download";
import { formatSlot } from "./labels";
import { scheduleReminder } from "./reminder-alarm";

export interface ComposerContext {
  db: ProspectDatabase;
  person: Person;
  company?: Company;
  data: ComposerData;
  draft: SequenceDraft;
  /** What is on screen: the draft with saved edits. */
  emails: DraftEmail[];
  plan: SchedulePlan;
  /** Stored the first time anything is saved. */
  base: Sequence;
  lang: UiLanguage;
  t: Translate;
}

export const userTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The sending plan in the prospect's zone, counted from `start`. */
export function planFrom(person: Person, start: number): SchedulePlan {
  return planForLocation(person.location, { now: start, fallbackTimeZone: userTimeZone() });
}

/** Saves a change on top of what is stored, keeping edits another save made in the meantime. */
function save(context: ComposerContext, change: (sequence: Sequence) => Sequence): Promise<Sequence> {
  const sendAt = context.plan.sends.map((send) => send.at);
  return updateSequence(
    context.db,
    context.base,
    (stored) => {
      const next = change(stored);
      return { ...next, emails: next.emails.map((email, index) => ({ ...email, sendAt: sendAt[index] })) };
    },
    Date.now(),
  );
}

/** The shown emails with edits stored in the meantime (same language and form of address only). */
function withStoredEdits(context: ComposerContext, stored: Sequence): DraftEmail[] {
  const fits = stored.language === context.draft.language && stored.formality === context.draft.formality;
  return context.emails.map((email) => {
    const saved = stored.emails.find((candidate) => candidate.step === email.step);
    return fits && saved?.edited ? saved : email;
  });
}

/** Stores the sequence as shown, so events and exports can refer to its id. */
function storeAsShown(context: ComposerContext, change: Partial<Sequence> = {}) {
  const { language, formality } = context.draft;
  return save(context, (stored) => ({
    ...stored,
    language,
    formality,
    ...change,
    emails: withStoredEdits(context, stored),
  }));
}

export function editStep(context: ComposerContext, step: SequenceStep, patch: { subject?: string; body?: string }) {
  return save(context, (stored) => ({
    ...stored,
    emails: withStoredEdits(context, stored).map((email) =>
      email.step === step ? { ...email, ...patch, edited: true } : email,
    ),
  }));
}

/** A new language or form of address rewrites all four emails; edits in the old one no longer fit. */
export function choose(context: ComposerContext, choice: Choice) {
  const { person, company, data, draft } = context;
  const next = draftFor(person, company, data, { language: draft.language, formality: draft.formality, ...choice });
  const emails = toDraftEmails(next);
  return save(context, (stored) => ({
    ...stored,
    language: next.language,
    formality: next.formality,
    angle: next.angle,
    emails,
  }));
}

export function chooseRecipient(context: ComposerContext, recipient: string) {
  return storeAsShown(context, { recipient });
}

export async function override(context: ComposerContext, reason: string): Promise<void> {
  const sequence = await storeAsShown(context);
  await recordOverride(context.db, { personId: context.person.id, sequenceId: sequence.id, reason, at: Date.now() });
}

/** Logs the send, marks the person contacted and sets a reminder for the next email at its planned time. */
export async function markSent(context: ComposerContext, index: number): Promise<string> {
  const email = context.emails[index];
  if (!email) return "";
  const sequence = await storeAsShown(context);
  const at = Date.now();
  await recordSent(context.db, {
    personId: context.person.id,
    sequenceId: sequence.id,
    step: email.step,
    subjectVariant: email.subjectVariant,
    // Sequences stored before the angle test carry none: their sends stay out of it.
    angle: sequence.angle,
    at,
  });
  const next = planFrom(context.person, context.data.sent[0]?.at ?? at).sends[index + 1];
  if (!next) return context.t("draftMarkedSentLast");
  await scheduleReminder({ personId: context.person.id, emailNumber: index + 2 }, next.at);
  return context.t("draftMarkedSent", {
    number: String(index + 2),
    time: formatSlot(next.at, context.plan.timeZone, context.lang),
  });
}

/** The plan as calendar reminders, one per email. */
export async function exportIcs(context: ComposerContext): Promise<void> {
  const sequence = await storeAsShown(context);
  const ics = planToIcs(context.plan, {
    now: Date.now(),
    prospectName: context.person.name,
    sequenceId: sequence.id,
    subjects: context.emails.map((email) => email.subject),
    language: context.draft.language,
  });
  const slug = context.person.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "prospect";
  downloadText(`sequence-${slug}.ics`, ics, "text/calendar;charset=utf-8");
}
