import { afterEach, describe, expect, test } from "vitest";
import { openDatabase, type ProspectDatabase, storeCapture } from "@/lib/db";
import type { CompanyCapture, PersonCapture } from "@/lib/model";

let db: ProspectDatabase;
afterEach(async () => {
  await db?.delete();
});

const capturedAt = Date.UTC(2026, 10, 27);

function companyCapture(fields: Partial<NonNullable<CompanyCapture["company"]>>, at = capturedAt): CompanyCapture {
  return {
    kind: "company",
    url: "https://www.linkedin.com/company/brightwave-labs/jobs/",
    linkedinUrl: "https://www.linkedin.com/company/brightwave-labs/",
    capturedAt: at,
    extractor: "linkedin-company",
    extractorVersion: "test",
    health: { found: {}, missing: [] },
    strategies: {},
    company: { name: "Brightwave Labs", ...fields },
  };
}

function personCapture(title: string, companyName: string, at = capturedAt): PersonCapture {
  return {
    kind: "person",
    url: "https://www.linkedin.com/in/lena-hoffmann-demo/",
    profileUrl: "https://www.linkedin.com/in/lena-hoffmann-demo/",
    capturedAt: at,
    extractor: "linkedin-profile",
    extractorVersion: "test",
    health: { found: {}, missing: [] },
    strategies: {},
    person: { name: "Lena Hoffmann", currentRoles: [{ title, companyName, start: { year: 2019 }, current: true }] },
  };
}

describe("storeCapture stores derived signals", () => {
  test("a company capture stores its hiring and funding signals once, however often it is visited", async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    const capture = companyCapture({
      openJobs: 3,
      funding: [{ round: "Seed", amount: 1_200_000, currency: "GBP", date: "2019-05-14" }],
    });
    const { companyId } = await storeCapture(db, capture, 1000);
    await storeCapture(db, { ...capture, capturedAt: capturedAt + 1000 }, 2000);
    const signals = await db.signals
      .where("companyId")
      .equals(companyId ?? "")
      .sortBy("type");
    expect(signals.map((signal) => [signal.type, signal.summary])).toEqual([
      ["funding", "Raised £1.2M (Seed) on 2019-05-14"],
      ["hiring", "Hiring: 3 open roles"],
    ]);
  });

  test("headcount growth between two visits is stored on the second", async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await storeCapture(db, companyCapture({ employeesOnLinkedIn: 40 }), 1000);
    expect(await db.signals.count()).toBe(0);
    await storeCapture(db, companyCapture({ employeesOnLinkedIn: 50 }, capturedAt + 86_400_000), 2000);
    const [signal] = await db.signals.toArray();
    expect(signal).toMatchObject({ type: "headcount-growth", date: capturedAt + 86_400_000 });
  });

  test("a changed role on a revisit stores a job change for the person", async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    const first = await storeCapture(db, personCapture("Head of Sales", "Brightwave Labs"), 1000);
    expect(await db.signals.count()).toBe(0);
    await storeCapture(db, personCapture("VP Sales", "Kestrel Freight", capturedAt + 1000), 2000);
    const signals = await db.signals
      .where("personId")
      .equals(first.personId ?? "")
      .toArray();
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({
      type: "job-change",
      summary: "Started as VP Sales at Kestrel Freight (since 2019)",
      quote: "Previously Head of Sales at Brightwave Labs",
    });
    const person = await db.people.get(first.personId ?? "");
    expect(signals[0]?.companyId).toBe(person?.companyId);
  });

  test("a capture without a subject stores no signals", async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await storeCapture(db, { ...companyCapture({ openJobs: 2 }), company: undefined }, 1000);
    expect(await db.signals.count()).toBe(0);
  });
});
