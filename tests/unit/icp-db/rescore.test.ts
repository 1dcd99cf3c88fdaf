import { describe, expect, test } from "vitest";
import { openDatabase, type ProspectDatabase, storeCapture } from "@/lib/db";
import { activateIcp, saveIcp } from "@/lib/db/icps";
import { rescoreAll, scoreCaptured, scorePerson } from "@/lib/db/rescore";
import type { Company, Icp, IcpCriterion, Person, Signal } from "@/lib/model";
import { personCapture } from "../db/helpers";

const fresh = (): ProspectDatabase => openDatabase(`test-${crypto.randomUUID()}`);
const noPause = () => Promise.resolve();
const NOW = Date.UTC(2026, 5, 1);

/** Software companies in Germany, led by heads of something: weights 5 and 3, one hiring signal criterion. */
function testIcp(overrides: Partial<Icp> = {}): Icp {
  return {
    id: "icp-test",
    name: "Test",
    criteria: [
      { id: "industry", kind: "industry", industries: ["software"], importance: { kind: "weight", weight: 5 } },
      { id: "who", kind: "seniority", seniorities: ["head", "c-level"], importance: { kind: "weight", weight: 3 } },
      { id: "hiring", kind: "hiring", importance: { kind: "weight", weight: 2 } },
    ],
    threshold: 60,
    active: true,
    createdAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

function company(id: string, industry: string): Company {
  return { id, name: `Fictional ${id} GmbH`, industry, sources: {}, history: [], createdAt: 0, updatedAt: 0 };
}

function person(index: number, fields: Partial<Person> = {}): Person {
  return {
    id: `p${String(index).padStart(5, "0")}`,
    name: `Demo Person ${index}`,
    headline: index % 2 === 0 ? "Head of Sales" : "Working student",
    profileUrl: `https://www.linkedin.com/in/demo-person-${index}/`,
    companyId: "software-co",
    status: "new",
    sources: {},
    history: [],
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

function hiringSignal(companyId: string): Signal {
  return {
    id: `hiring-${companyId}`,
    type: "hiring",
    companyId,
    summary: "12 open jobs",
    date: NOW,
    provenance: {
      sourceUrl: "https://www.linkedin.com/company/demo/jobs/",
      capturedAt: NOW,
      extractor: "t",
      extractorVersion: "1",
    },
  };
}

async function seed(db: ProspectDatabase, count: number): Promise<void> {
  await db.companies.bulkAdd([company("software-co", "Software Development"), company("bakery-co", "Food Production")]);
  await db.people.bulkAdd(Array.from({ length: count }, (_, index) => person(index)));
}

describe("scorePerson", () => {
  test("scores with the active ICP, the person's company and the company's signals", async () => {
    const db = fresh();
    await seed(db, 2);
    await db.signals.add(hiringSignal("software-co"));
    await saveIcp(db, testIcp());
    const result = await scorePerson(db, "p00000", NOW);
    expect(result).toMatchObject({ score: 100, tier: "A", coverage: 1 });
    expect(await db.people.get("p00000")).toMatchObject({ score: 100, tier: "A" });
  });

  test("without an active ICP nothing is scored and an old score is cleared", async () => {
    const db = fresh();
    await db.people.add(person(1, { score: 80, tier: "A" }));
    expect(await scorePerson(db, "p00001")).toBeUndefined();
    const stored = await db.people.get("p00001");
    expect(stored?.score).toBeUndefined();
    expect(stored?.tier).toBeUndefined();
  });

  test("a stored capture scores its person; a company capture rescores the people there", async () => {
    const db = fresh();
    await saveIcp(db, testIcp());
    const stored = await storeCapture(db, personCapture());
    await scoreCaptured(db, stored);
    const lena = await db.people.get(stored.personId ?? "");
    expect(lena?.tier).toBeDefined();
    const companyId = lena?.companyId ?? "";
    await db.companies.update(companyId, { industry: "Food Production" });
    await scoreCaptured(db, { companyId });
    expect((await db.people.get(lena?.id ?? ""))?.score).toBeLessThan(lena?.score ?? 0);
  });
});

describe("rescoreAll", () => {
  test("scores everyone in batches and reports progress after each", async () => {
    const db = fresh();
    await seed(db, 1200);
    await saveIcp(db, testIcp());
    const progress: number[] = [];
    expect(await rescoreAll(db, { batchSize: 500, pause: noPause, onProgress: (p) => progress.push(p.done) })).toBe(
      true,
    );
    expect(progress).toEqual([0, 500, 1000, 1200]);
    const tiers = await db.people.orderBy("tier").uniqueKeys();
    expect(tiers.length).toBeGreaterThan(1);
    expect(await db.people.filter((p) => p.score === undefined).count()).toBe(0);
  });

  test("switching to another ICP changes scores; no active ICP clears them", async () => {
    const db = fresh();
    await seed(db, 10);
    await saveIcp(db, testIcp());
    await rescoreAll(db, { pause: noPause });
    const before = (await db.people.get("p00000"))?.score;
    const food: IcpCriterion = {
      id: "food",
      kind: "industry",
      industries: ["food-beverage"],
      importance: { kind: "weight", weight: 5 },
    };
    expect((await saveIcp(db, testIcp({ id: "bakeries", criteria: [food] }))).ok).toBe(true);
    await rescoreAll(db, { pause: noPause });
    expect((await db.people.get("p00000"))?.score).not.toBe(before);
    await activateIcp(db, undefined);
    await rescoreAll(db, { pause: noPause });
    expect(await db.people.filter((p) => p.tier !== undefined).count()).toBe(0);
  });

  test("each batch reads the signals of its own people, and only theirs", async () => {
    const db = fresh();
    await db.companies.bulkAdd([company("quiet-co", "Software Development")]);
    const students = Array.from({ length: 30 }, (_, index) =>
      person(index, { companyId: "quiet-co", headline: "Working student" }),
    );
    await db.people.bulkAdd(students);
    const personal = (id: string, personId: string): Signal => ({
      ...hiringSignal("quiet-co"),
      id,
      companyId: undefined,
      personId,
    });
    // Own hiring signals of the first and last person of batches 1 and 2, one in the middle of
    // batch 3, and one of somebody not stored whose id sorts into batch 2.
    await db.signals.bulkAdd([
      personal("s0", "p00000"),
      personal("s9", "p00009"),
      personal("s10", "p00010"),
      personal("s25", "p00025"),
      personal("ghost", "p00012-gone"),
    ]);
    await saveIcp(db, testIcp());
    await rescoreAll(db, { batchSize: 10, pause: noPause });
    const scores = new Map((await db.people.toArray()).map((p) => [p.id, p.score]));
    const withSignal = ["p00000", "p00009", "p00010", "p00025"];
    // Software industry met, seniority missed; hiring met with a signal, unknown without one.
    expect(new Set(withSignal.map((id) => scores.get(id)))).toEqual(new Set([70]));
    const without = [...scores].filter(([id]) => !withSignal.includes(id)).map(([, score]) => score);
    expect(new Set(without)).toEqual(new Set([63]));
  });

  test("a cancelled rescore stops between batches", async () => {
    const db = fresh();
    await seed(db, 30);
    await saveIcp(db, testIcp());
    const controller = new AbortController();
    const done = await rescoreAll(db, {
      batchSize: 10,
      signal: controller.signal,
      pause: noPause,
      onProgress: (p) => p.done === 10 && controller.abort(),
    });
    expect(done).toBe(false);
    expect(await db.people.filter((p) => p.score !== undefined).count()).toBe(10);
  });

  test("people with three picked facts become ready when their score reaches the threshold, and back", async () => {
    const db = fresh();
    await seed(db, 2);
    await db.people.update("p00000", { status: "researching" });
    await db.facts.bulkAdd(
      [1, 2, 3].map((n) => ({
        id: `f${n}`,
        personId: "p00000",
        text: `Fact ${n}`,
        selected: true,
        origin: "manual" as const,
        createdAt: n,
      })),
    );
    await saveIcp(db, testIcp());
    await rescoreAll(db, { pause: noPause });
    expect((await db.people.get("p00000"))?.status).toBe("ready");
    expect((await db.people.get("p00001"))?.status).toBe("new");
    await saveIcp(
      db,
      testIcp({
        threshold: 100,
        criteria: [
          ...testIcp().criteria.slice(0, 1),
          {
            id: "c-level",
            kind: "seniority",
            seniorities: ["c-level"],
            importance: { kind: "weight", weight: 5 },
          },
        ],
      }),
    );
    await rescoreAll(db, { pause: noPause });
    expect((await db.people.get("p00000"))?.status).toBe("researching");
  });
});
