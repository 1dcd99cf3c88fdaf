/** The weekly review's reads (lean: no whole person records) and the outcomes a rep records by hand. */
import { z } from "zod";
import type { FunnelPerson } from "../metrics/funnels";
import {
  idSchema,
  newId,
  type OutreachEvent,
  type OutreachEventType,
  outreachEventSchema,
  type ProspectStatus,
  timestampSchema,
} from "../model";
import type { ProspectDatabase } from "./database";
import { outreachTables, withEmailLog } from "./email-log";

const tiers = ["A", "B", "C", "D"] as const;

/**
 * Tier and company link of the people the review needs, from the indexes alone
 * (a person record carries history and provenance the review never reads):
 * every tiered person, plus the company of people at `companyIds` (the companies
 * with signals, for the funnel by signal). Anyone missing counts as unscored,
 * exactly as with full records.
 */
export async function loadFunnelPeople(db: ProspectDatabase, companyIds: readonly string[]): Promise<FunnelPerson[]> {
  return db.transaction("r", db.people, async () => {
    const byId = new Map<string, FunnelPerson>();
    const tiered = await Promise.all(tiers.map((tier) => db.people.where("tier").equals(tier).primaryKeys()));
    tiers.forEach((tier, i) => {
      for (const id of tiered[i] ?? []) byId.set(id, { id, tier });
    });
    if (companyIds.length === 0) return [...byId.values()];
    await db.people
      .where("companyId")
      .anyOf([...companyIds])
      .eachKey((companyId, cursor) => {
        const id = String(cursor.primaryKey);
        byId.set(id, { ...byId.get(id), id, companyId: String(companyId) });
      });
    return [...byId.values()];
  });
}

/** What a rep records by hand after reading their inbox: the outcomes no tracking pixel sees. */
export const quickOutcomeTypes = [
  "opened",
  "clicked",
  "replied-positive",
  "replied-neutral",
  "replied-negative",
  "meeting",
  "converted",
  "bounced",
  "unsubscribed",
] as const satisfies readonly OutreachEventType[];
export type QuickOutcomeType = (typeof quickOutcomeTypes)[number];

export const quickOutcomeSchema = z.object({
  personId: idSchema,
  type: z.enum(quickOutcomeTypes),
  at: timestampSchema,
  /** Deal value, for a conversion. */
  value: z.number().nonnegative().optional(),
});
export type QuickOutcome = z.infer<typeof quickOutcomeSchema>;

/** The funnel order of statuses: an outcome moves a prospect forward, never back. */
const funnelOrder: readonly ProspectStatus[] = [
  "new",
  "researching",
  "ready",
  "contacted",
  "replied",
  "meeting",
  "won",
];
const statusOf: Partial<Record<QuickOutcomeType, ProspectStatus>> = {
  "replied-positive": "replied",
  "replied-neutral": "replied",
  "replied-negative": "replied",
  meeting: "meeting",
  converted: "won",
  unsubscribed: "do-not-contact",
};

/** Stores an outcome and moves the prospect's status along with it, together or not at all. */
export async function recordOutcome(db: ProspectDatabase, input: QuickOutcome): Promise<OutreachEvent> {
  const outcome = quickOutcomeSchema.parse(input);
  const event = outreachEventSchema.parse({ id: newId(), ...outcome });
  await db.transaction("rw", [...outreachTables(db), db.people], async () => {
    await withEmailLog(db, [event.personId], () => db.outreachEvents.add(event));
    const person = await db.people.get(outcome.personId);
    const status = statusOf[outcome.type];
    if (person && status && movesForward(person.status, status)) await db.people.update(person.id, { status });
  });
  return event;
}

function movesForward(from: ProspectStatus, to: ProspectStatus): boolean {
  if (from === "do-not-contact") return false;
  return to === "do-not-contact" || funnelOrder.indexOf(to) > funnelOrder.indexOf(from);
}

export interface ContactedProspect {
  id: string;
  name: string;
  lastSentAt: number;
}

/** The `limit` prospects emailed most recently, newest first: whose replies and meetings come in now. */
export async function recentlyContacted(db: ProspectDatabase, limit = 100): Promise<ContactedProspect[]> {
  const lastSent = new Map<string, number>();
  await db.outreachEvents
    .orderBy("at")
    .reverse()
    .until(() => lastSent.size >= limit)
    .each((event) => {
      if (event.type === "sent" && !lastSent.has(event.personId)) lastSent.set(event.personId, event.at);
    });
  const people = await db.people.bulkGet([...lastSent.keys()]);
  return people.flatMap((person) =>
    person ? [{ id: person.id, name: person.name, lastSentAt: lastSent.get(person.id) ?? 0 }] : [],
  );
}
