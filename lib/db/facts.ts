import type { Fact } from "../model";
import { newId } from "../model";
import { factsNeeded, readinessGaps, statusAfter } from "../prospects/readiness";
import type { ProspectDatabase } from "./database";

/** Facts of a person, picked ones first. */
export async function factsOf(db: ProspectDatabase, personId: string): Promise<Fact[]> {
  const facts = await db.facts.where("personId").equals(personId).toArray();
  return facts.sort((a, b) => Number(b.selected) - Number(a.selected) || a.createdAt - b.createdAt);
}

/** The active ICP's qualification threshold, if an ICP is active. */
export async function activeThreshold(db: ProspectDatabase): Promise<number | undefined> {
  return (await db.icps.filter((icp) => icp.active).first())?.threshold;
}

/** Adds a picked fact (at most three are picked) and updates the prospect's status. */
export async function pickFact(
  db: ProspectDatabase,
  personId: string,
  fact: Pick<Fact, "text" | "sourceUrl" | "quote" | "signalId" | "origin" | "wordings">,
  now = Date.now(),
): Promise<boolean> {
  return db.transaction("rw", [db.facts, db.people, db.icps], async () => {
    const picked = (await factsOf(db, personId)).filter((f) => f.selected).length;
    if (picked >= factsNeeded) return false;
    await db.facts.add({ ...fact, id: newId(), personId, selected: true, createdAt: now });
    await syncReadiness(db, personId);
    return true;
  });
}

/** Picks or unpicks an existing fact (a selection added from a page, say). */
export async function setFactSelected(db: ProspectDatabase, fact: Fact, selected: boolean): Promise<boolean> {
  return db.transaction("rw", [db.facts, db.people, db.icps], async () => {
    if (selected && fact.personId) {
      const picked = (await factsOf(db, fact.personId)).filter((f) => f.selected).length;
      if (picked >= factsNeeded) return false;
    }
    await db.facts.update(fact.id, { selected });
    if (fact.personId) await syncReadiness(db, fact.personId);
    return true;
  });
}

/** The user's words replace the suggestion's: its wordings in other languages no longer apply. */
export async function editFact(db: ProspectDatabase, factId: string, text: string): Promise<void> {
  const trimmed = text.replace(/\s+/g, " ").trim().slice(0, 2000);
  if (trimmed) await db.facts.update(factId, { text: trimmed, wordings: undefined });
}

export async function removeFact(db: ProspectDatabase, fact: Fact): Promise<void> {
  await db.transaction("rw", [db.facts, db.people, db.icps], async () => {
    await db.facts.delete(fact.id);
    if (fact.personId) await syncReadiness(db, fact.personId);
  });
}

/** Moves the person between "researching" and "ready" as facts and score allow. */
export async function syncReadiness(db: ProspectDatabase, personId: string): Promise<void> {
  const person = await db.people.get(personId);
  if (!person) return;
  const picked = (await db.facts.where("personId").equals(personId).toArray()).filter((f) => f.selected).length;
  const ready = readinessGaps(person, picked, await activeThreshold(db)).length === 0;
  const status = statusAfter(person.status, ready);
  if (status !== person.status) await db.people.update(personId, { status });
}
