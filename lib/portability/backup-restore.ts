import type { EntityTable } from "dexie";
import type { ProspectDatabase } from "../db/database";
import { rebuildEmailLog } from "../db/email-log";
import type { Backup, TableName } from "./backup-format";

export interface TableReport {
  added: number;
  /** Existing records replaced by a newer version from the backup. */
  updated: number;
  /** Backup records not written: the database already held them, or a newer version. */
  kept: number;
}
export type RestoreReport = Record<TableName, TableReport>;

interface Identified {
  id: string;
  updatedAt?: number;
}

interface MergeRule<T> {
  /** A unique natural key: a record with the same key but another id is the same thing. */
  natural?: { index: string; of: (record: T) => string | undefined };
}

type IdMap = Map<string, string>;

/**
 * Restores a parsed backup in ONE transaction over every table, so a failure
 * anywhere rolls everything back. Merge rules: same id, or the same profile URL
 * (people) / LinkedIn URL (companies) → one record; the newer by updatedAt wins
 * where records have one, else the stored record stays; references to a
 * person or company merged under another id are rewritten to the kept id.
 * Settings already present stay as they are.
 */
export async function restoreBackup(db: ProspectDatabase, backup: Backup): Promise<RestoreReport> {
  const t = backup.tables;
  return db.transaction("rw", db.tables, async () => {
    const companies = await mergeTable(db.companies, t.companies, {
      natural: { index: "linkedinUrl", of: (c) => c.linkedinUrl },
    });
    const people = await mergeTable(
      db.people,
      t.people.map((p) => relink(p, new Map(), companies.ids)),
      { natural: { index: "profileUrl", of: (p) => p.profileUrl } },
    );
    const owned = <R extends Owned>(records: readonly R[]) => records.map((r) => relink(r, people.ids, companies.ids));
    const report = {
      companies: companies.report,
      people: people.report,
      signals: (await mergeTable(db.signals, owned(t.signals))).report,
      facts: (await mergeTable(db.facts, owned(t.facts))).report,
      icps: (await mergeTable(db.icps, t.icps)).report,
      sequences: (await mergeTable(db.sequences, owned(t.sequences))).report,
      outreachEvents: (await mergeTable(db.outreachEvents, owned(t.outreachEvents))).report,
      captures: (await mergeTable(db.captures, t.captures)).report,
      settings: await mergeSingle(db.settings, t.settings),
      researchRuns: (await mergeTable(db.researchRuns, owned(t.researchRuns))).report,
      offers: await mergeSingle(db.offers, t.offers),
      reviewNotes: await mergeNotes(db, t.reviewNotes),
    };
    // The email log is derived from the outreach events: rebuilt from the merged events, in this transaction.
    await rebuildEmailLog(db);
    return report;
  });
}

interface Owned {
  personId?: string;
  companyId?: string;
}

/** Points a record's person and company references at the ids they were merged into. */
function relink<R extends Owned>(record: R, people: IdMap, companies: IdMap): R {
  const copy = { ...record };
  if (copy.personId !== undefined) copy.personId = people.get(copy.personId) ?? copy.personId;
  if (copy.companyId !== undefined) copy.companyId = companies.get(copy.companyId) ?? copy.companyId;
  return copy;
}

async function mergeTable<T extends Identified>(
  table: EntityTable<T, "id">,
  incoming: readonly T[],
  rule: MergeRule<T> = {},
): Promise<{ report: TableReport; ids: IdMap }> {
  const report: TableReport = { added: 0, updated: 0, kept: 0 };
  const ids: IdMap = new Map();
  if (incoming.length === 0) return { report, ids };
  const stored = await table
    .where("id")
    .anyOf(incoming.map((r) => r.id))
    .toArray();
  const byId = new Map(stored.map((r) => [r.id, r]));
  const byNatural = await naturalIndex(table, incoming, rule);
  const writes: T[] = [];
  for (const record of incoming) {
    const key = rule.natural?.of(record);
    const existing = byId.get(record.id) ?? (key === undefined ? undefined : byNatural.get(key));
    if (existing && existing.id !== record.id) ids.set(record.id, existing.id);
    if (!existing) {
      report.added++;
      writes.push(record);
    } else if ((record.updatedAt ?? 0) > (existing.updatedAt ?? 0)) {
      report.updated++;
      writes.push({ ...record, id: existing.id });
    } else {
      report.kept++;
    }
  }
  await table.bulkPut(writes);
  return { report, ids };
}

async function naturalIndex<T extends Identified>(
  table: EntityTable<T, "id">,
  incoming: readonly T[],
  rule: MergeRule<T>,
): Promise<Map<string, T>> {
  const natural = rule.natural;
  if (!natural) return new Map();
  const keys = incoming.flatMap((r) => natural.of(r) ?? []);
  const found = keys.length > 0 ? await table.where(natural.index).anyOf(keys).toArray() : [];
  return new Map(found.flatMap((r) => (natural.of(r) === undefined ? [] : [[natural.of(r) ?? "", r] as const])));
}

/** Review notes by week: a week already noted here keeps its note. */
async function mergeNotes(db: ProspectDatabase, incoming: Backup["tables"]["reviewNotes"]): Promise<TableReport> {
  const present = new Set(await db.reviewNotes.toCollection().primaryKeys());
  const added = incoming.filter((note) => !present.has(note.week));
  await db.reviewNotes.bulkAdd(added);
  return { added: added.length, updated: 0, kept: incoming.length - added.length };
}

/** One-record tables (settings, the offer): what the user set up here already stays. */
async function mergeSingle<T extends { key: string }>(
  table: EntityTable<T, "key">,
  incoming: readonly T[],
): Promise<TableReport> {
  const record = incoming[0];
  if (!record) return { added: 0, updated: 0, kept: 0 };
  if ((await table.where("key").equals(record.key).count()) > 0) return { added: 0, updated: 0, kept: 1 };
  await table.add(record);
  return { added: 1, updated: 0, kept: 0 };
}
