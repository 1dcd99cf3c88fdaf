import { afterEach, describe, expect, test } from "vitest";
import { type ProspectDatabase, storeCapture } from "@/lib/db";
import { freshDatabase, personCapture } from "./helpers";

let db: ProspectDatabase;
afterEach(async () => {
  await db?.delete();
});

describe("storeCapture", () => {
  test("stores a captured person with provenance for every field and links the company", async () => {
    db = freshDatabase();
    const { personId } = await storeCapture(db, personCapture(), 1000);
    const person = await db.people.get(personId ?? "");
    expect(person?.name).toBe("Lena Hoffmann");
    expect(person?.status).toBe("new");
    expect(person?.sources.name).toEqual({
      sourceUrl: "https://www.linkedin.com/in/lena-hoffmann-demo/",
      capturedAt: 1_780_000_000_000,
      extractor: "linkedin-profile",
      extractorVersion: "test",
      strategy: "dom",
    });
    const company = await db.companies.get(person?.companyId ?? "");
    expect(company?.name).toBe("Nordlicht Analytics GmbH");
    expect(company?.linkedinUrl).toBe("https://www.linkedin.com/company/nordlicht-analytics/");
  });

  test("a revisit updates the same record and keeps the changed value in the history", async () => {
    db = freshDatabase();
    const first = await storeCapture(db, personCapture(), 1000);
    const changed = personCapture({ capturedAt: 1_780_000_100_000 });
    if (changed.person) changed.person.headline = "VP Revenue";
    const second = await storeCapture(db, changed, 2000);
    expect(second.personId).toBe(first.personId);
    expect(await db.people.count()).toBe(1);
    const person = await db.people.get(first.personId ?? "");
    expect(person?.headline).toBe("VP Revenue");
    expect(person?.history).toEqual([
      expect.objectContaining({ field: "headline", from: "Head of Revenue Operations", to: "VP Revenue" }),
    ]);
    expect(person?.createdAt).toBe(1000);
    expect(person?.updatedAt).toBe(2000);
  });

  test("a partial view keeps the fields it did not show", async () => {
    db = freshDatabase();
    await storeCapture(db, personCapture());
    await storeCapture(db, personCapture({ person: { name: "Lena Hoffmann" } }));
    const person = await db.people
      .where("profileUrl")
      .equals("https://www.linkedin.com/in/lena-hoffmann-demo/")
      .first();
    expect(person?.headline).toBe("Head of Revenue Operations");
    expect(person?.history).toEqual([]);
  });

  test("a person is linked to an existing company by name when the role has no company URL", async () => {
    db = freshDatabase();
    await db.companies.add({
      id: "c1",
      name: "Nordlicht Analytics GmbH",
      sources: {},
      history: [],
      createdAt: 0,
      updatedAt: 0,
    });
    const capture = personCapture();
    const role = capture.person?.currentRoles?.[0];
    if (role) role.companyLinkedInUrl = undefined;
    const { personId } = await storeCapture(db, capture);
    expect((await db.people.get(personId ?? ""))?.companyId).toBe("c1");
    expect(await db.companies.count()).toBe(1);
  });

  test("a capture without a person writes only the capture log", async () => {
    db = freshDatabase();
    const result = await storeCapture(
      db,
      personCapture({ person: undefined, health: { found: {}, missing: ["name", "headline"] } }),
    );
    expect(result.personId).toBeUndefined();
    expect(await db.people.count()).toBe(0);
    expect(await db.companies.count()).toBe(0);
    const [log] = await db.captures.toArray();
    expect(log?.stored).toBe(false);
    expect(log?.health.missing).toEqual(["name", "headline"]);
  });
});
