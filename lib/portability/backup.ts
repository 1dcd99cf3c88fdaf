/**
 * Backup and restore of the whole database as one versioned JSON file.
 *
 * Public API:
 * - exportBackup(db, now?) → Promise<string>
 *     JSON { header: { app: "prospect-scout", format: 1, schemaVersion, exportedAt, counts }, tables: { people, … } }
 *     read in one transaction, so the file is a consistent snapshot.
 * - parseBackup(text) → ParsedBackup = { ok: true, backup } | { ok: false, problem, message, issues }
 *     problem: "damaged" (not JSON, truncated, counts disagree), "foreign" (not our file),
 *     "newer-version" (made by a newer Prospect Scout), "invalid" (field-level issues, e.g.
 *     "tables.people[3].profileUrl: Invalid URL", or duplicate ids / profile URLs).
 * - restoreBackup(db, backup) → Promise<RestoreReport>                              (backup-restore.ts)
 *     one transaction: every record back into an empty database; merged without duplicates
 *     into a filled one; nothing written when anything fails. RestoreReport gives
 *     { added, updated, kept } per table.
 * - restoreBackupText(db, text) → Promise<{ ok: true, report } | parse failure>: both steps, for the UI.
 */
import type { ProspectDatabase } from "../db/database";
import { latestSchemaVersion } from "../db/schema";
import { duplicateIssues } from "./backup-checks";
import {
  type Backup,
  type BackupTables,
  backupApp,
  backupFormat,
  backupSchema,
  type TableName,
  tableNames,
} from "./backup-format";

import { type RestoreReport, restoreBackup } from "./backup-restore";

export { type RestoreReport, restoreBackup };

export async function exportBackup(db: ProspectDatabase, now = Date.now()): Promise<string> {
  const tables = await db.transaction(
    "r",
    tableNames.map((name) => db.table(name)),
    async () => {
      const entries = await Promise.all(
        tableNames.map(async (name) => [name, await db.table(name).toArray()] as const),
      );
      return Object.fromEntries(entries) as BackupTables;
    },
  );
  const counts = Object.fromEntries(tableNames.map((name) => [name, tables[name].length])) as Record<TableName, number>;
  const backup: Backup = {
    header: {
      app: backupApp,
      format: backupFormat,
      schemaVersion: latestSchemaVersion,
      exportedAt: new Date(now).toISOString(),
      counts,
    },
    tables,
  };
  return JSON.stringify(backup);
}

export type BackupProblem = "damaged" | "foreign" | "newer-version" | "invalid";

export type ParsedBackup =
  | { ok: true; backup: Backup }
  | { ok: false; problem: BackupProblem; message: string; issues: string[] };

const maxIssues = 20;

export function parseBackup(text: string): ParsedBackup {
  const json = parseJson(text.replace(/^\uFEFF/, ""));
  if (json === undefined) return failure("damaged", "The file is not readable JSON: it may be damaged or cut off.");
  const header = isRecord(json) && isRecord(json.header) ? json.header : undefined;
  if (!header || header.app !== backupApp) return failure("foreign", "This file is not a Prospect Scout backup.");
  if (isNewer(header)) {
    return failure(
      "newer-version",
      "This backup comes from a newer version of Prospect Scout: update the extension first.",
    );
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    return failure("invalid", "The backup contains invalid records; nothing was restored.", issues);
  }
  const countIssues = tableNames.flatMap((name) => {
    const expected = parsed.data.header.counts[name];
    const found = parsed.data.tables[name].length;
    return expected === found ? [] : [`${name}: header says ${expected} records, file has ${found}`];
  });
  if (countIssues.length > 0)
    return failure("damaged", "The backup is incomplete: it may be damaged or cut off.", countIssues);
  const duplicates = duplicateIssues(parsed.data.tables);
  if (duplicates.length > 0) return failure("invalid", "The backup contains duplicate records.", duplicates);
  // Older schema versions hold the same record shapes (versions so far changed indexes only); a data
  // migration would go here, keyed by header.schemaVersion.
  return { ok: true, backup: parsed.data };
}

/** Parses and restores a file's text; a file that does not parse leaves the database untouched. */
export async function restoreBackupText(
  db: ProspectDatabase,
  text: string,
): Promise<{ ok: true; report: RestoreReport } | Extract<ParsedBackup, { ok: false }>> {
  const parsed = parseBackup(text);
  return parsed.ok ? { ok: true, report: await restoreBackup(db, parsed.backup) } : parsed;
}

function failure(problem: BackupProblem, message: string, issues: string[] = []): ParsedBackup {
  return { ok: false, problem, message, issues: issues.slice(0, maxIssues) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNewer(header: Record<string, unknown>): boolean {
  const newerNumber = (value: unknown, latest: number) => typeof value === "number" && value > latest;
  return newerNumber(header.format, backupFormat) || newerNumber(header.schemaVersion, latestSchemaVersion);
}

/** "tables.people[3].profileUrl": the record and field a user (or support) can look up. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}
