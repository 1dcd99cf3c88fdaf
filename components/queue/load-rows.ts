import type { ProspectDatabase } from "@/lib/db";
import { buildQueueRows, type PersonSlice, type QueueRow } from "@/lib/queue";

export type QueueScope = "all" | "ready";

async function joinRows(db: ProspectDatabase, people: PersonSlice[], allRelated: boolean): Promise<QueueRow[]> {
  const personIds = people.map((person) => person.id);
  const companyIds = [...new Set(people.flatMap((person) => (person.companyId ? [person.companyId] : [])))];
  const [companies, personSignals, companySignals] = await Promise.all([
    allRelated ? db.companies.toArray() : db.companies.bulkGet(companyIds),
    allRelated ? db.signals.toArray() : db.signals.where("personId").anyOf(personIds).toArray(),
    allRelated ? [] : db.signals.where("companyId").anyOf(companyIds).toArray(),
  ]);
  const companyNames = new Map(companies.flatMap((company) => (company ? [[company.id, company.name] as const] : [])));
  return buildQueueRows(people, companyNames, [...personSignals, ...companySignals]);
}

/**
 * Everything a list shows in three reads (people, companies, signals), joined in memory.
 * Full records are dropped right after; only the slim rows stay.
 */
export async function loadQueueRows(db: ProspectDatabase, scope: QueueScope): Promise<QueueRow[]> {
  if (scope === "ready") return joinRows(db, await db.people.where("status").equals("ready").toArray(), false);
  return joinRows(db, await db.people.toArray(), true);
}

/**
 * The best-scored prospects through the score index: the first screen of the default
 * list, shown while the full read of every prospect (hundreds of ms at 10,000) runs.
 */
export async function loadFirstRows(db: ProspectDatabase, limit: number): Promise<QueueRow[]> {
  return joinRows(db, await db.people.orderBy("score").reverse().limit(limit).toArray(), false);
}
