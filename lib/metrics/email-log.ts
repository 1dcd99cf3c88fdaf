import type { EmailLogDay } from "../model/email-log";
import { type SequenceStep, sequenceStepSchema } from "../model/sequence";
import type { EmailOutcome } from "./emails";

/**
 * Packing attributed emails into the columns of the stored email log and back. A
 * day's emails are a handful of typed arrays, which the browser copies in one piece,
 * where 100,000 event objects would each be rebuilt field by field.
 */

const dayMs = 86_400_000;

/** The storage slice an email belongs to: UTC days, whatever the user's time zone (rows stay small enough to be stored inline). */
export function logKeyOf(sentAt: number): string {
  return `day:${Math.floor(sentAt / dayMs)}`;
}

const flagNames = [
  "opened",
  "clicked",
  "replied",
  "positive",
  "meeting",
  "converted",
  "bounced",
  "unsubscribed",
] as const satisfies readonly (keyof EmailOutcome)[];

type FlagName = (typeof flagNames)[number];
const bitOf = Object.fromEntries(flagNames.map((name, bit) => [name, 1 << bit])) as Record<FlagName, number>;

const steps = sequenceStepSchema.options;
const variants = [undefined, "A", "B"] as const;
const angles = [undefined, "a", "b"] as const;

export function encodeEmails(key: string, emails: readonly EmailOutcome[]): EmailLogDay {
  const count = emails.length;
  const row: EmailLogDay = {
    key,
    personIds: new Array<string>(count),
    sequenceIds: new Array<string>(count),
    sentAt: new Float64Array(count),
    values: new Float64Array(count),
    flags: new Uint16Array(count),
    steps: new Uint8Array(count),
    variants: new Uint8Array(count),
    angles: new Uint8Array(count),
  };
  emails.forEach((email, i) => {
    row.personIds[i] = email.personId;
    row.sequenceIds[i] = email.sequenceId ?? "";
    row.sentAt[i] = email.sentAt;
    row.values[i] = email.value;
    row.flags[i] = flagNames.reduce((bits, name) => (email[name] ? bits | bitOf[name] : bits), 0);
    row.steps[i] = email.step ? steps.indexOf(email.step) + 1 : 0;
    row.variants[i] = email.subjectVariant ? variants.indexOf(email.subjectVariant) : 0;
    row.angles[i] = email.angle ? angles.indexOf(email.angle) : 0;
  });
  return row;
}

export function decodeEmails(row: EmailLogDay): EmailOutcome[] {
  return row.personIds.map((personId, i) => {
    const flags = row.flags[i] ?? 0;
    const has = (name: FlagName) => (flags & bitOf[name]) !== 0;
    return {
      personId,
      step: stepAt(row.steps[i] ?? 0),
      sequenceId: row.sequenceIds[i] || undefined,
      subjectVariant: variants[row.variants[i] ?? 0],
      angle: angles[row.angles[i] ?? 0],
      sentAt: row.sentAt[i] ?? 0,
      opened: has("opened"),
      clicked: has("clicked"),
      replied: has("replied"),
      positive: has("positive"),
      meeting: has("meeting"),
      converted: has("converted"),
      value: row.values[i] ?? 0,
      bounced: has("bounced"),
      unsubscribed: has("unsubscribed"),
    };
  });
}

function stepAt(code: number): SequenceStep | undefined {
  return code > 0 ? steps[code - 1] : undefined;
}

/** Emails grouped by the storage slice they belong to. */
export function byLogKey(emails: readonly EmailOutcome[]): Map<string, EmailOutcome[]> {
  const groups = new Map<string, EmailOutcome[]>();
  for (const email of emails) {
    const key = logKeyOf(email.sentAt);
    const list = groups.get(key);
    if (list) list.push(email);
    else groups.set(key, [email]);
  }
  return groups;
}

/**
 * A stored day with the emails of `personIds` replaced by `replacements`; undefined when
 * nothing is left, so the row can be deleted.
 */
export function replacePeople(
  key: string,
  stored: EmailLogDay | undefined,
  personIds: ReadonlySet<string>,
  replacements: readonly EmailOutcome[],
): EmailLogDay | undefined {
  const kept = stored ? decodeEmails(stored).filter((email) => !personIds.has(email.personId)) : [];
  const emails = [...kept, ...replacements];
  return emails.length > 0 ? encodeEmails(key, emails) : undefined;
}
