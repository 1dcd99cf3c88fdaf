/**
 * The one Dexie schema, as a list of versions. Index only what is queried; add a
 * version only to change indexes or migrate data, never edit an old one.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      people: "id, &profileUrl, companyId, status, updatedAt",
      companies: "id, &linkedinUrl, domain, name, updatedAt",
      signals: "id, personId, companyId, type, date",
      facts: "id, personId, companyId",
      icps: "id",
      sequences: "id, personId, updatedAt",
      outreachEvents: "id, personId, sequenceId, type, at",
      captures: "id, subjectKey, at",
      settings: "key",
    },
  },
  {
    // Version 2: the side panel sorts by ICP score and filters by tier.
    version: 2,
    stores: {
      people: "id, &profileUrl, companyId, status, updatedAt, score, tier",
    },
  },
  {
    // Version 3: website research runs with their findings, the user's offer, weekly review notes.
    version: 3,
    stores: {
      researchRuns: "id, domain, startedAt",
      offers: "key",
      reviewNotes: "week",
    },
  },
  {
    // Version 4: the email log, the weekly review's attributed emails by week (lib/db/email-log.ts).
    version: 4,
    stores: {
      emailLog: "key",
    },
  },
  {
    // Version 5: people are no longer indexed by updatedAt. Retention, its one reader, runs once a
    // day and reads the table through; every write of a person (10,000 at each rescore) saves an entry.
    version: 5,
    stores: {
      people: "id, &profileUrl, companyId, status, score, tier",
    },
  },
];

/** Tables derived from others: rebuilt, never backed up. */
export const derivedTables = ["emailLog"] as const;

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]?.version ?? 1;
