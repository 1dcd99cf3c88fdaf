import type { ProspectDatabase } from "@/lib/db";
import { buildQueueRows, type PersonSlice, type QueueRow } from "@/lib/queue";

export type QueueScope = "all" | "ready";

/** Company names and signals of a few people, through the indexes. */
async function relatedTo(db: ProspectDatabase, people: readonly PersonSlice[]) {
  const personIds = people.map((person) => person.id);
  const companyIds = [...new Set(people.flatMap((person) => (person.companyId ? [person.companyId] : [])))];
  const [companies, personSignals, companySignals] = await Promise.all([
    db.companies.bulkGet(companyIds),
    db.signals.where("personId").anyOf(personIds).toArray(),
    db.signals.where("companyId").anyOf(companyIds).toArray(),
  ]);
  return {
    companies: companies.flatMap((company) => (company ? [company] : [])),
    signals: [...personSignals, ...companySignals],
  };
}

function joined(people: PersonSlice[], related: Awaited<ReturnType<typeof relatedTo>>): QueueRow[] {
  return buildQueueRows(
    people,
    new Map(related.companies.map((company) => [company.id, company.name])),
    related.signals,
  );
}

/**
 * Everything a list shows in three reads (people, companies, signals), joined in memory.
 * Full records are dropped right after; only the slim rows stay.
 */
export async function loadQueueRows(db: ProspectDatabase, scope: QueueScope): Promise<QueueRow[]> {
  // An explicit transaction: one consistent snapshot, and Dexie's live-query cache (which
  // deep-clones every result and keeps all 10,000 full records in memory) stays out of it.
  return db.transaction("r", [db.people, db.companies, db.signals], async () => {
    if (scope === "ready") {
      const ready = await db.people.where("status").equals("ready").toArray();
      return joined(ready, await relatedTo(db, ready));
    }
    const [people, companies, signals] = await Promise.all([
      db.people.toArray(),
      db.companies.toArray(),
      db.signals.toArray(),
    ]);
    return joined(people, { companies, signals });
  });
}

/**
 * The best-scored prospects through the score index: the first screen of the default
 * list, shown while the full read of every prospect (hundreds of ms at 10,000) runs.
 */
export async function loadFirstRows(db: ProspectDatabase, limit: number): Promise<QueueRow[]> {
  const people = await db.people.orderBy("score").reverse().limit(limit).toArray();
  return joined(people, await relatedTo(db, people));
}
