import type { BackupTables } from "./backup-format";

/**
 * Keys that must be unique within a backup: ids (primary keys) and the unique
 * indexes &profileUrl and &linkedinUrl. A duplicate would make the restore
 * fail half-way, so it is reported up front instead.
 */
export function duplicateIssues(tables: BackupTables): string[] {
  const issues: string[] = [];
  for (const [name, records] of Object.entries(tables)) {
    const keyOf = (r: object) => ("id" in r ? r.id : "key" in r ? r.key : undefined);
    issues.push(...duplicatesOf(name, "id", records.map(keyOf)));
  }
  issues.push(
    ...duplicatesOf(
      "people",
      "profileUrl",
      tables.people.map((p) => p.profileUrl),
    ),
  );
  issues.push(
    ...duplicatesOf(
      "companies",
      "linkedinUrl",
      tables.companies.map((c) => c.linkedinUrl),
    ),
  );
  return issues;
}

function duplicatesOf(table: string, field: string, values: readonly unknown[]): string[] {
  const seen = new Set<unknown>();
  const issues: string[] = [];
  values.forEach((value, index) => {
    if (value === undefined) return;
    if (seen.has(value)) issues.push(`tables.${table}[${index}].${field}: duplicate value ${JSON.stringify(value)}`);
    seen.add(value);
  });
  return issues;
}
