import { outreachTables, type ProspectDatabase } from "@/lib/db";
import { deletePeople } from "@/lib/prospects/retention";

/**
 * Deletes prospects with everything captured about them, all or nothing: their facts,
 * signals, sequences and outreach events, and the capture log of their profiles.
 */
export async function deleteProspects(db: ProspectDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const tables = [db.people, db.facts, db.signals, db.sequences, ...outreachTables(db), db.captures];
  await db.transaction("rw", tables, async () => {
    const people = await db.people.bulkGet([...ids]);
    const profileUrls = people.flatMap((person) => (person ? [person.profileUrl] : []));
    if (profileUrls.length) await db.captures.where("subjectKey").anyOf(profileUrls).delete();
    await deletePeople(db, ids);
  });
}
