import { describe, expect, it } from "vitest";
import {
  byAngle,
  bySendSlot,
  bySubjectVariant,
  chooseTest,
  compareVariants,
  countVariants,
  poolWeeks,
  verdictMessage,
} from "../../../lib/metrics/abtest";
import { attributeEvents } from "../../../lib/metrics/emails";
import { berlin, event } from "./events";

describe("compareVariants", () => {
  it("uses Fisher's exact test for small counts and names no winner without p < 0.05", () => {
    const result = compareVariants({ successes: 3, trials: 4 }, { successes: 1, trials: 4 });
    expect(result.test).toBe("fisher");
    expect(result.p).toBeCloseTo(0.4857, 4);
    expect(result.verdict.kind).toBe("not-enough-data");
    expect(result.a.rate).toBe(0.75);
    expect(result.a.interval.low).toBeLessThan(0.75);
  });

  it("names a winner when Fisher's p < 0.05 ([[8,0],[1,7]]: p = 0.001399)", () => {
    const result = compareVariants({ successes: 1, trials: 8 }, { successes: 8, trials: 8 });
    expect(result.test).toBe("fisher");
    expect(result.verdict).toEqual({ kind: "winner", winner: "b", p: expect.closeTo(0.0013986, 7) });
  });

  it("uses the z-test for [[10,2],[3,15]], whose expected cells (5.2, 6.8, 7.8, 10.2) are all at least 5", () => {
    const result = compareVariants({ successes: 10, trials: 12 }, { successes: 3, trials: 18 });
    expect(result.test).toBe("z-test");
    expect(result.verdict.kind).toBe("winner");
  });

  it("uses the z-test when every expected cell is at least 5 and estimates the sends still needed", () => {
    const result = compareVariants({ successes: 20, trials: 100 }, { successes: 30, trials: 100 });
    expect(chooseTest({ successes: 20, trials: 100 }, { successes: 30, trials: 100 })).toBe("z-test");
    expect(result.test).toBe("z-test");
    expect(result.z).toBeCloseTo(-1.633, 4);
    expect(result.p).toBeCloseTo(0.1025, 4);
    // 294 per variant needed for 20 % vs 30 %: 2 × 194 = 388 → about 390 more.
    expect(result.verdict).toMatchObject({ kind: "not-enough-data", moreSends: 390, capped: false });
    expect(verdictMessage(result.verdict)).toBe("Not enough data yet: about 390 more sends needed.");
    expect(verdictMessage(result.verdict, "de")).toBe("Noch nicht genug Daten: etwa 390 weitere Sendungen nötig.");
  });

  it("says so when the observed effect is zero, caps tiny effects, and waits for data", () => {
    expect(compareVariants({ successes: 5, trials: 50 }, { successes: 5, trials: 50 }).verdict.kind).toBe(
      "no-difference",
    );
    const tiny = compareVariants({ successes: 100, trials: 1000 }, { successes: 101, trials: 1000 });
    expect(tiny.verdict).toMatchObject({ kind: "not-enough-data", capped: true, moreSends: 5000 });
    expect(verdictMessage(tiny.verdict)).toBe("Not enough data yet: more than 5000 more sends needed.");
    expect(compareVariants({ successes: 0, trials: 0 }, { successes: 1, trials: 3 }).verdict.kind).toBe("no-data");
    expect(() => compareVariants({ successes: 4, trials: 3 }, { successes: 1, trials: 3 })).toThrow();
  });

  it("pools weekly counts before judging", () => {
    expect(
      poolWeeks([
        { successes: 2, trials: 10 },
        { successes: 3, trials: 12 },
      ]),
    ).toEqual({ successes: 5, trials: 22 });
  });
});

describe("countVariants", () => {
  const events = [
    event("sent", "a1", "2026-11-24T08:00:00+01:00", { step: "attention", subjectVariant: "A" }),
    event("opened", "a1", "2026-11-24T09:00:00+01:00", { step: "attention" }),
    event("sent", "b1", "2026-11-24T14:00:00+01:00", { step: "attention", subjectVariant: "B" }),
    event("sent", "b2", "2026-11-24T15:00:00+01:00", { step: "attention", subjectVariant: "B" }),
    event("replied-neutral", "b2", "2026-11-25T09:00:00+01:00", { step: "attention" }),
    event("sent", "x", "2026-11-24T15:00:00+01:00", { step: "attention" }),
  ];
  const { emails } = attributeEvents(events);

  it("splits by subject variant and counts successes", () => {
    expect(countVariants(emails, bySubjectVariant, (e) => e.opened)).toEqual({
      a: { successes: 1, trials: 1 },
      b: { successes: 1, trials: 2 },
    });
  });

  it("splits by local send slot", () => {
    expect(countVariants(emails, bySendSlot(berlin, 12), (e) => e.replied)).toEqual({
      a: { successes: 0, trials: 1 },
      b: { successes: 1, trials: 3 },
    });
  });
});

describe("the message-angle test", () => {
  it("splits sends by the angle they carried and leaves older sends without one out", () => {
    const { emails } = attributeEvents([
      event("sent", "ana", 1000, { step: "attention", angle: "a" }),
      event("replied-positive", "ana", 2000, { step: "attention" }),
      event("sent", "ben", 1000, { step: "attention", angle: "b" }),
      event("sent", "cleo", 1000, { step: "attention" }),
    ]);
    const counts = countVariants(emails, byAngle, (email) => email.replied);
    expect(counts).toEqual({ a: { successes: 1, trials: 1 }, b: { successes: 0, trials: 1 } });
  });
});
