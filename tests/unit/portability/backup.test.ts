import { beforeEach, describe, expect, it } from "vitest";
import { tableNames } from "@/lib/portability/backup-format";
import { openDatabase, type ProspectDatabase, readEmailLog } from "../../../lib/db";
import { derivedTables, latestSchemaVersion } from "../../../lib/db/schema";
import { defaultSettings } from "../../../lib/model";
import { exportBackup, parseBackup, restoreBackup, restoreBackupText } from "../../../lib/portability/backup";
import type { Backup } from "../../../lib/portability/backup-format";
import { baseTime, captureLog, company, fact, icp, outreach, person, sequence, signal } from "./factories";

let db: ProspectDatabase;

beforeEach(async () => {
  db = openDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
});

async function fill(target: ProspectDatabase) {
  await target.companies.add(company());
  await target.people.bulkAdd([
    person(),
    person({
      id: "p-jonas",
      name: "Dr. Jonas Beck",
      profileUrl: "https://www.linkedin.com/in/jonas-beck-example/",
      tier: "B",
    }),
  ]);
  await target.signals.add(signal());
  await target.facts.add(fact());
  await target.icps.add(icp());
  await target.sequences.add(sequence());
  await target.outreachEvents.bulkAdd([outreach(), outreach({ id: "o-2", type: "opened", at: baseTime + 3600_000 })]);
  await target.captures.add(captureLog());
  await target.settings.put({ ...defaultSettings, weeklyCap: 40 });
  await target.researchRuns.add({
    id: "r-1",
    domain: "nordwind-logistik.example",
    startUrl: "https://www.nordwind-logistik.example/",
    state: "done",
    pages: [{ url: "https://www.nordwind-logistik.example/", kind: "home", state: "done" }],
    startedAt: baseTime,
    finishedAt: baseTime + 2000,
    companyId: company().id,
  });
  await target.reviewNotes.put({
    week: "2026-W47",
    changed: "Shorter subject",
    toTest: "Send at 9",
    savedAt: baseTime,
  });
  await target.offers.put({
    key: "offer",
    productName: "RoutePilot",
    problem: "manual dispatch planning",
    successMetrics: [],
    proof: { caseStudies: [], references: [] },
    cta: { kind: "call-15" },
    senderName: "Mara Lindqvist",
    signature: "",
    defaultLanguage: "de",
    formality: "sie",
  });
}

/** Every stored table; the derived email log is checked apart, as the source filled it by raw writes. */
async function snapshot(target: ProspectDatabase) {
  const derived: readonly string[] = derivedTables;
  const tables = target.tables.filter((table) => !derived.includes(table.name));
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t.name, await t.toArray()])));
}

function parsed(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`${result.problem}: ${result.message} ${result.issues.join("; ")}`);
  return result.backup;
}

describe("exportBackup / parseBackup", () => {
  it("covers every table of the database but the derived ones", () => {
    const derived: readonly string[] = derivedTables;
    const stored = db.tables.map((table) => table.name).filter((name) => !derived.includes(name));
    expect([...tableNames].sort()).toEqual(stored.sort());
  });

  it("writes a header with app, format, schema version, time and counts", async () => {
    await fill(db);
    const text = await exportBackup(db, Date.parse("2026-11-27T09:00:00Z"));
    const backup = parsed(text);
    expect(backup.header).toEqual({
      app: "prospect-scout",
      format: 1,
      schemaVersion: latestSchemaVersion,
      exportedAt: "2026-11-27T09:00:00.000Z",
      counts: {
        people: 2,
        companies: 1,
        signals: 1,
        facts: 1,
        icps: 1,
        sequences: 1,
        outreachEvents: 2,
        captures: 1,
        settings: 1,
        researchRuns: 1,
        offers: 1,
        reviewNotes: 1,
      },
    });
  });

  it("rejects a damaged, truncated, foreign, newer or invalid file with a clear reason", async () => {
    await fill(db);
    const text = await exportBackup(db);
    expect(parseBackup(text.slice(0, text.length / 2))).toMatchObject({ ok: false, problem: "damaged" });
    expect(parseBackup('{"name":"some other app","items":[]}')).toMatchObject({ ok: false, problem: "foreign" });
    expect(parseBackup("[1,2,3]")).toMatchObject({ ok: false, problem: "foreign" });

    const json = JSON.parse(text);
    const newer = { ...json, header: { ...json.header, schemaVersion: latestSchemaVersion + 1 } };
    expect(parseBackup(JSON.stringify(newer))).toMatchObject({ ok: false, problem: "newer-version" });

    json.tables.people[1].profileUrl = "not a url";
    const invalid = parseBackup(JSON.stringify(json));
    expect(invalid).toMatchObject({ ok: false, problem: "invalid" });
    expect(!invalid.ok && invalid.issues[0]).toMatch(/^tables\.people\[1\]\.profileUrl: /);

    json.tables.people[1].profileUrl = json.tables.people[0].profileUrl;
    const duplicate = parseBackup(JSON.stringify(json));
    expect(!duplicate.ok && duplicate.issues).toEqual([
      `tables.people[1].profileUrl: duplicate value "${json.tables.people[0].profileUrl}"`,
    ]);

    json.tables.people.pop();
    expect(parseBackup(JSON.stringify(json))).toMatchObject({ ok: false, problem: "damaged" });
  });
});

describe("restoreBackup", () => {
  it("gives back every record in an empty database", async () => {
    await fill(db);
    const backup = parsed(await exportBackup(db));
    const target = openDatabase(`test-${crypto.randomUUID()}`);
    const report = await restoreBackup(target, backup);
    expect(await snapshot(target)).toEqual(await snapshot(db));
    const log = await readEmailLog(target);
    expect(log.state === "current" && log.emails.map((email) => [email.personId, email.opened])).toEqual([
      ["p-anna", true],
    ]);
    expect(report.people).toEqual({ added: 2, updated: 0, kept: 0 });
    expect(report.settings).toEqual({ added: 1, updated: 0, kept: 0 });
  });

  it("merges into a filled database without duplicates, keeping the newer record", async () => {
    await fill(db);
    const backup = parsed(await exportBackup(db));
    const target = openDatabase(`test-${crypto.randomUUID()}`);
    // The same Anna and company captured on another device under other ids; Anna newer there, the company older.
    await target.companies.add(company({ id: "c-other", name: "Nordlicht (old)", updatedAt: baseTime - 1 }));
    await target.people.add(
      person({ id: "p-other", companyId: "c-other", headline: "Newer headline", updatedAt: baseTime + 1 }),
    );
    await target.settings.put({ ...defaultSettings, weeklyCap: 25 });

    const report = await restoreBackup(target, backup);
    expect(report.companies).toEqual({ added: 0, updated: 1, kept: 0 });
    expect(report.people).toEqual({ added: 1, updated: 0, kept: 1 });
    expect(await target.people.count()).toBe(2);
    expect(await target.companies.toArray()).toEqual([{ ...company(), id: "c-other" }]);
    const anna = await target.people.get("p-other");
    expect(anna?.headline).toBe("Newer headline");
    // References from the backup now point at the kept ids.
    expect((await target.outreachEvents.toArray()).map((e) => e.personId)).toEqual(["p-other", "p-other"]);
    expect((await target.signals.get("s-1"))?.companyId).toBe("c-other");
    expect((await target.sequences.get("seq-1"))?.personId).toBe("p-other");
    expect((await target.settings.get("settings"))?.weeklyCap).toBe(25);

    // Restoring the same file again changes nothing.
    const before = await snapshot(target);
    const again = await restoreBackup(target, backup);
    expect(await snapshot(target)).toEqual(before);
    expect(again.outreachEvents).toEqual({ added: 0, updated: 0, kept: 2 });
  });

  it("leaves the data untouched for a damaged, foreign or newer file", async () => {
    await fill(db);
    const before = await snapshot(db);
    const json = JSON.parse(await exportBackup(db));
    json.tables.people[0].name = "Changed";
    const newer = JSON.stringify({ ...json, header: { ...json.header, schemaVersion: latestSchemaVersion + 1 } });
    for (const text of [JSON.stringify(json).slice(0, 500), '{"header":{"app":"other"}}', newer]) {
      expect(await restoreBackupText(db, text)).toMatchObject({ ok: false });
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it("accepts a backup from an older schema version", async () => {
    await fill(db);
    const json = JSON.parse(await exportBackup(db));
    const older = JSON.stringify({ ...json, header: { ...json.header, schemaVersion: 1 } });
    const target = openDatabase(`test-${crypto.randomUUID()}`);
    expect(await restoreBackupText(target, older)).toMatchObject({ ok: true, report: { people: { added: 2 } } });
  });

  it("writes nothing when any write fails", async () => {
    await fill(db);
    const before = await snapshot(db);
    const backup = parsed(await exportBackup(db));
    // Bypasses parseBackup's duplicate check: two new companies sharing a unique LinkedIn URL make the write fail.
    const url = "https://www.linkedin.com/company/brandt-logistik-example/";
    const broken: Backup = {
      ...backup,
      tables: {
        ...backup.tables,
        outreachEvents: [...backup.tables.outreachEvents, outreach({ id: "o-new" })],
        companies: [company({ id: "c-x", linkedinUrl: url }), company({ id: "c-y", linkedinUrl: url })],
      },
    };
    await expect(restoreBackup(db, broken)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});
