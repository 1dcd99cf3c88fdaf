import { outreachTables, type ProspectDatabase, withEmailLog } from "../db";

const dayMs = 86_400_000;

/** Deletes prospects untouched for more than `days` days, with everything captured about them. */
export async function applyRetention(db: ProspectDatabase, days: number, now = Date.now()): Promise<number> {
  if (days <= 0) return 0;
  const cutoff = now - days * dayMs;
  return db.transaction("rw", [db.people, db.facts, db.signals, db.sequences, ...outreachTables(db)], async () => {
    // Not indexed (see the schema): a daily read through the table is cheaper than an index entry per write.
    const stale = await db.people.filter((person) => person.updatedAt < cutoff).primaryKeys();
    await deletePeople(db, stale);
    return stale.length;
  });
}

/**
 * Deletes people and every record that belongs to them, in the caller's transaction
 * (people, facts, signals, sequences and the outreach tables).
 */
export async function deletePeople(db: ProspectDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const list = [...ids];
  await db.facts.where("personId").anyOf(list).delete();
  await db.signals.where("personId").anyOf(list).delete();
  await db.sequences.where("personId").anyOf(list).delete();
  await withEmailLog(db, list, () => db.outreachEvents.where("personId").anyOf(list).delete());
  await db.people.bulkDelete(list);
}
