/** What was sent to whom and when: the records behind the gates, reminders and the weekly review. */
import type { MessageAngle, OutreachEvent, Sequence, SequenceStep } from "../model";
import { newId, outreachEventSchema, sequenceSchema } from "../model";
import type { ProspectDatabase } from "./database";
import { outreachTables, withEmailLog } from "./email-log";

export interface SentInput {
  personId: string;
  sequenceId: string;
  step: SequenceStep;
  subjectVariant: "A" | "B";
  angle?: MessageAngle;
  at: number;
}

/** Logs a sent email and marks the person as contacted, together or not at all. */
export async function recordSent(db: ProspectDatabase, input: SentInput): Promise<OutreachEvent> {
  const event = outreachEventSchema.parse({ id: newId(), type: "sent", ...input });
  await db.transaction("rw", [...outreachTables(db), db.people], async () => {
    await withEmailLog(db, [event.personId], () => db.outreachEvents.add(event));
    await db.people.update(input.personId, { status: "contacted", updatedAt: input.at });
  });
  return event;
}

/** Logs a gate override with its stated reason, so the weekly review sees how often relevance was bypassed. */
export async function recordOverride(
  db: ProspectDatabase,
  input: { personId: string; sequenceId?: string; reason: string; at: number },
): Promise<OutreachEvent> {
  const event = outreachEventSchema.parse({
    id: newId(),
    type: "override",
    personId: input.personId,
    sequenceId: input.sequenceId,
    note: input.reason.trim(),
    at: input.at,
  });
  await withEmailLog(db, [event.personId], () => db.outreachEvents.add(event));
  return event;
}

/** Monday 00:00 of the week `now` falls in, in the user's own time zone. */
export function startOfWeek(now: number): number {
  const date = new Date(now);
  const daysSinceMonday = (date.getDay() + 6) % 7;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - daysSinceMonday).getTime();
}

/** Emails sent since Monday: what the weekly cap counts. */
export async function sentThisWeek(db: ProspectDatabase, now: number): Promise<number> {
  return db.outreachEvents
    .where("at")
    .between(startOfWeek(now), now, true, true)
    .filter((event) => event.type === "sent")
    .count();
}

function latest(events: readonly OutreachEvent[], type: OutreachEvent["type"]): number | undefined {
  const times = events.filter((event) => event.type === type).map((event) => event.at);
  return times.length ? Math.max(...times) : undefined;
}

/** When this person was last sent an email, if ever. */
export async function lastContactedAt(db: ProspectDatabase, personId: string): Promise<number | undefined> {
  return latest(await db.outreachEvents.where("personId").equals(personId).toArray(), "sent");
}

/** When anyone else at this company was last sent an email: two colleagues in a week looks like spam. */
export async function companyContactedAt(
  db: ProspectDatabase,
  companyId: string,
  exceptPersonId?: string,
): Promise<number | undefined> {
  const colleagues = await db.people.where("companyId").equals(companyId).primaryKeys();
  const others = colleagues.filter((id) => id !== exceptPersonId);
  if (others.length === 0) return undefined;
  return latest(await db.outreachEvents.where("personId").anyOf(others).toArray(), "sent");
}

/** Whether an override was stated after the last email sent to this person: it covers the next send only. */
export async function hasOpenOverride(db: ProspectDatabase, personId: string): Promise<boolean> {
  const events = await db.outreachEvents.where("personId").equals(personId).toArray();
  const override = latest(events, "override");
  const sent = latest(events, "sent");
  return override !== undefined && (sent === undefined || override > sent);
}

/** The person's current sequence (the most recently changed), if one was saved. */
export async function loadSequence(db: ProspectDatabase, personId: string): Promise<Sequence | undefined> {
  const sequences = await db.sequences.where("personId").equals(personId).sortBy("updatedAt");
  return sequences.at(-1);
}

/** Validates and stores a sequence (edits, language, recipient), stamping the change time. */
export async function saveSequence(db: ProspectDatabase, sequence: Sequence, now: number): Promise<Sequence> {
  const stored = sequenceSchema.parse({ ...sequence, updatedAt: now });
  await db.sequences.put(stored);
  return stored;
}

/**
 * Applies a change to the person's stored sequence (or to `base` when none is stored yet) inside one
 * transaction, so quick successive edits from the popup never overwrite each other.
 */
export async function updateSequence(
  db: ProspectDatabase,
  base: Sequence,
  change: (sequence: Sequence) => Sequence,
  now: number,
): Promise<Sequence> {
  return db.transaction("rw", db.sequences, async () => {
    const current = (await loadSequence(db, base.personId)) ?? base;
    return saveSequence(db, change(current), now);
  });
}

/** The sent events of one sequence, oldest first. */
export async function sentSteps(db: ProspectDatabase, sequenceId: string): Promise<OutreachEvent[]> {
  const events = await db.outreachEvents.where("sequenceId").equals(sequenceId).sortBy("at");
  return events.filter((event) => event.type === "sent");
}
