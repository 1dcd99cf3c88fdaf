import type { MessageKey } from "@/lib/i18n/messages";
import type { BackupProblem, RestoreReport, TableName } from "@/lib/portability";

type TableReport = RestoreReport[TableName];

/** Each way a file can be refused, in words that say what to do about it. */
export const problemMessages: Record<BackupProblem, MessageKey> = {
  damaged: "dataRestoreDamaged",
  foreign: "dataRestoreForeign",
  "newer-version": "dataRestoreNewer",
  invalid: "dataRestoreInvalid",
};

export interface ReportRow extends TableReport {
  table: TableName;
}

/** The tables the restore touched, for the "what was added / updated" report. */
export function reportRows(report: RestoreReport): ReportRow[] {
  return (Object.entries(report) as [TableName, TableReport][])
    .filter(([, r]) => r.added + r.updated + r.kept > 0)
    .map(([table, r]) => ({ table, ...r }));
}
