/** Lean reads for the weekly review: what the metrics need, without loading whole person records. */
import type { FunnelPerson } from "../metrics/funnels";
import type { ProspectDatabase } from "./database";

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
