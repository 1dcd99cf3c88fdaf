import Dexie from "dexie";
import { expect, test } from "vitest";
import { latestSchemaVersion, openDatabase, schemaVersions } from "@/lib/db";

const now = 1_780_000_000_000;
const provenance = {
  sourceUrl: "https://www.linkedin.com/in/jonas-weber/",
  capturedAt: now,
  extractor: "x",
  extractorVersion: "1",
};

/** One record per table, as version 1 stored them. */
const version1Records: Record<string, object[]> = {
  people: [
    {
      id: "p1",
      profileUrl: "https://www.linkedin.com/in/jonas-weber/",
      name: "Jonas Weber",
      companyId: "c1",
      status: "new",
      sources: { name: provenance },
      history: [],
      createdAt: now,
      updatedAt: now,
    },
  ],
  companies: [{ id: "c1", name: "Kaffeekontor Cloud", sources: {}, history: [], createdAt: now, updatedAt: now }],
  signals: [{ id: "s1", type: "hiring", companyId: "c1", summary: "Hiring: 2 roles", date: now, provenance }],
  facts: [{ id: "f1", personId: "p1", text: "Hiring 2 engineers", selected: true, origin: "manual", createdAt: now }],
  icps: [{ id: "i1", name: "DACH SaaS", criteria: [], threshold: 60, active: true, createdAt: now, updatedAt: now }],
  sequences: [
    { id: "q1", personId: "p1", language: "de", formality: "sie", emails: [], createdAt: now, updatedAt: now },
  ],
  outreachEvents: [{ id: "e1", personId: "p1", type: "sent", at: now }],
  captures: [
    {
      id: "l1",
      kind: "person",
      subjectKey: "https://www.linkedin.com/in/jonas-weber/",
      url: "https://www.linkedin.com/in/jonas-weber/",
      at: now,
      extractor: "x",
      extractorVersion: "1",
      health: { found: { name: "dom" }, missing: [] },
      stored: true,
    },
  ],
  settings: [{ key: "settings", senderName: "Mara", weeklyCap: 30 }],
};

test("upgrading a database created by schema version 1 keeps every record", async () => {
  const name = `migration-${crypto.randomUUID()}`;
  const first = schemaVersions.find((v) => v.version === 1);
  if (!first) throw new Error("schema version 1 is missing");
  const old = new Dexie(name);
  old.version(1).stores(first.stores);
  await old.open();
  for (const [table, records] of Object.entries(version1Records)) await old.table(table).bulkAdd(records);
  old.close();

  const db = openDatabase(name);
  await db.open();
  expect(db.verno).toBe(latestSchemaVersion);
  expect(latestSchemaVersion).toBeGreaterThan(1);
  for (const [table, records] of Object.entries(version1Records)) {
    expect(await db.table(table).toArray(), table).toEqual(records);
  }
  // The indexes added since version 1 work on the migrated records.
  expect(await db.people.where("status").equals("new").count()).toBe(1);
  // Version 5 dropped the people's updatedAt index: each write of a person costs one entry less.
  expect(db.people.schema.indexes.map((index) => index.name).sort()).toEqual(
    ["companyId", "profileUrl", "score", "status", "tier"].sort(),
  );
  await db.delete();
});
