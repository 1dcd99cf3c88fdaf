import { afterEach, expect, test } from "vitest";
import { deleteProspects } from "@/components/queue/delete-prospects";
import { openDatabase, type ProspectDatabase } from "@/lib/db";
import type { Person } from "@/lib/model";

const at = Date.parse("2026-11-20T10:00:00Z");
const provenance = {
  sourceUrl: "https://www.linkedin.com/in/demo/",
  capturedAt: at,
  extractor: "t",
  extractorVersion: "1",
};
let db: ProspectDatabase;

function person(id: string): Person {
  const profileUrl = `https://www.linkedin.com/in/${id}-demo/`;
  return { id, name: id, profileUrl, status: "new", sources: {}, history: [], createdAt: at, updatedAt: at };
}

async function seed(id: string) {
  const p = person(id);
  await db.people.add(p);
  await db.facts.add({ id: `f-${id}`, personId: id, text: "fact", selected: false, origin: "manual", createdAt: at });
  await db.signals.add({ id: `s-${id}`, personId: id, type: "post", summary: "post", date: at, provenance });
  await db.outreachEvents.add({ id: `o-${id}`, personId: id, type: "sent", at });
  await db.captures.add({
    id: `c-${id}`,
    kind: "person",
    subjectKey: p.profileUrl,
    url: p.profileUrl,
    at,
    extractor: "t",
    extractorVersion: "1",
    health: { found: {}, missing: [] },
    stored: true,
  });
}

afterEach(async () => {
  await db.delete();
});

test("deletes the chosen prospects with everything captured about them, and nothing else", async () => {
  db = openDatabase(`queue-${crypto.randomUUID()}`);
  for (const id of ["ada", "ben", "cem"]) await seed(id);
  await deleteProspects(db, ["ada", "cem"]);
  expect(await db.people.toCollection().primaryKeys()).toEqual(["ben"]);
  for (const table of [db.facts, db.signals, db.outreachEvents]) {
    expect((await table.toArray()).map((row) => row.personId)).toEqual(["ben"]);
  }
  expect((await db.captures.toArray()).map((row) => row.subjectKey)).toEqual([person("ben").profileUrl]);
});

test("an empty selection deletes nothing", async () => {
  db = openDatabase(`queue-${crypto.randomUUID()}`);
  await seed("ada");
  await deleteProspects(db, []);
  expect(await db.people.count()).toBe(1);
});
