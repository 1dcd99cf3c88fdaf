/** Pure glue between the stored records and lib/drafting: what the composer shows, without React. */
import type { GateInput } from "@/lib/drafting/gates";
import type { Formality, Language } from "@/lib/drafting/salutation";
import { draftSequence, type SequenceDraft, toDraftEmails } from "@/lib/drafting/sequence";
import type { Company, DraftEmail, Fact, Offer, OutreachEvent, Person, Sequence, Settings, Signal } from "@/lib/model";
import { newId } from "@/lib/model";

/** Everything the composer reads from the database for one person. */
export interface ComposerData {
  facts: Fact[];
  signals: Signal[];
  offer?: Offer;
  settings: Settings;
  /** The active ICP's threshold, when there is an active ICP. */
  threshold?: number;
  sequence?: Sequence;
  /** Sent events of the stored sequence, oldest first. */
  sent: OutreachEvent[];
  lastContactedAt?: number;
  companyContactedAt?: number;
  sentThisWeek: number;
  overridden: boolean;
}

export interface Choice {
  language?: Language;
  formality?: Formality;
}

/** The four emails for this person; the stored sequence's language and form of address win. */
export function draftFor(person: Person, company: Company | undefined, data: ComposerData, choice: Choice = {}) {
  return draftSequence({
    person: {
      id: person.id,
      profileUrl: person.profileUrl,
      name: person.name,
      headline: person.headline?.slice(0, 2000),
      location: person.location?.slice(0, 2000),
      about: person.about,
      gender: person.gender,
    },
    company: company && {
      name: company.name.slice(0, 2000),
      industry: company.industry?.slice(0, 2000),
      domain: (company.domain ?? company.website)?.slice(0, 2000),
    },
    facts: data.facts.map(({ text, sourceUrl, wordings }) => ({ text, sourceUrl, wordings })),
    signals: data.signals.map(({ type, summary, wording, date }) => ({ type, summary, wording, date })),
    offer: data.offer,
    language: choice.language ?? data.sequence?.language,
    formality: choice.formality ?? data.sequence?.formality,
  });
}

/** The fresh draft with the user's saved edits laid over it: unedited steps follow new facts. */
export function shownEmails(draft: SequenceDraft, sequence: Sequence | undefined, sendAt: readonly number[]) {
  const fresh = toDraftEmails(draft, sendAt);
  if (!sequence || sequence.language !== draft.language || sequence.formality !== draft.formality) return fresh;
  return fresh.map((email): DraftEmail => {
    const saved = sequence.emails.find((candidate) => candidate.step === email.step);
    return saved?.edited ? { ...email, subject: saved.subject, body: saved.body, edited: true } : email;
  });
}

/** The record to store when nothing is stored yet. */
export function newSequence(person: Person, draft: SequenceDraft, emails: DraftEmail[], now: number): Sequence {
  return {
    id: newId(),
    personId: person.id,
    language: draft.language,
    formality: draft.formality,
    angle: draft.angle,
    emails,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Gates guard the start of a sequence. Once its first email went out, follow-ups are part of
 * the same conversation: only do-not-contact and the weekly cap still apply to them.
 */
export function gateInputFor(person: Person, data: ComposerData, now: number): GateInput {
  const common = {
    status: person.status,
    cooldownDays: data.settings.contactCooldownDays,
    sentThisWeek: data.sentThisWeek,
    weeklyCap: data.settings.weeklyCap,
    now,
  };
  if (data.sent.length > 0) return { ...common, factsSelected: 3, score: 100, threshold: 0 };
  return {
    ...common,
    factsSelected: data.facts.length,
    score: person.score,
    threshold: data.threshold ?? 0,
    lastContactedAt: data.lastContactedAt,
    companyContactedAt: data.companyContactedAt,
  };
}

/** The time the plan counts from: the first email actually sent, else now. */
export function planStart(data: ComposerData, now: number): number {
  return data.sent[0]?.at ?? now;
}
