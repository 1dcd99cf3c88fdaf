import type { Company } from "../model";
import type { ProspectDatabase } from "./database";
import { appendHistory } from "./merge";

/**
 * Merges a duplicate company into the one kept: values the kept record lacks are
 * taken over with their provenance, and everything that pointed at the duplicate
 * (people, signals, facts, website research) points at the kept one. One transaction.
 */
export async function mergeCompanies(
  db: ProspectDatabase,
  keepId: string,
  dropId: string,
  now = Date.now(),
): Promise<Company> {
  if (keepId === dropId) throw new Error("A company cannot be merged into itself.");
  return db.transaction("rw", [db.companies, db.people, db.signals, db.facts, db.researchRuns], async () => {
    const [keep, drop] = await Promise.all([db.companies.get(keepId), db.companies.get(dropId)]);
    if (!keep || !drop) throw new Error("One of the companies no longer exists.");
    const merged = combine(keep, drop, now);
    const moved = { companyId: keepId };
    await db.people.where("companyId").equals(dropId).modify(moved);
    await db.signals.where("companyId").equals(dropId).modify(moved);
    await db.facts.where("companyId").equals(dropId).modify(moved);
    // Research runs are few and not indexed by company.
    await db.researchRuns.filter((run) => run.companyId === dropId).modify(moved);
    // The duplicate goes first: its LinkedIn URL or domain may move to the kept record (unique index).
    await db.companies.delete(dropId);
    await db.companies.put(merged);
    return merged;
  });
}

function combine(keep: Company, drop: Company, now: number): Company {
  const merged: Record<string, unknown> = { ...keep };
  const sources = { ...keep.sources };
  for (const [field, value] of Object.entries(drop)) {
    if (value === undefined || merged[field] !== undefined) continue;
    merged[field] = value;
    const source = drop.sources[field];
    if (source) sources[field] = source;
  }
  const history = appendHistory(
    [],
    [...keep.history, ...drop.history].sort((a, b) => a.changedAt - b.changedAt),
  );
  return {
    ...(merged as Company),
    id: keep.id,
    sources,
    history,
    createdAt: Math.min(keep.createdAt, drop.createdAt),
    updatedAt: now,
  };
}
