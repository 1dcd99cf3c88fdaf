import type { ProspectDatabase } from "@/lib/db";
import { buildQueueRows, type QueueRow } from "@/lib/queue";

export type QueueScope = "all" | "ready";

/**
 * Everything the lists show in three reads (people, company names, signals), joined
 * in memory. Full records are dropped right after, only the slim rows stay.
 */
export async function loadQueueRows(db: ProspectDatabase, scope: QueueScope): Promise<QueueRow[]> {
  const [people, companies, signals] = await Promise.all([
    scope === "ready" ? db.people.where("status").equals("ready").toArray() : db.people.toArray(),
    db.companies.toArray(),
    db.signals.toArray(),
  ]);
  const companyNames = new Map(companies.map((company) => [company.id, company.name]));
  return buildQueueRows(people, companyNames, signals);
}
