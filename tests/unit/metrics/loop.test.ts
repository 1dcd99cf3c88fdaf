import { describe, expect, it } from "vitest";
import { emptyCounts, type MetricCounts, ratesOf } from "../../../lib/metrics/counts";
import { attributeEvents } from "../../../lib/metrics/emails";
import { loopStep, untrackedMetrics, weakestMetrics } from "../../../lib/metrics/loop";
import { weekFromKey } from "../../../lib/metrics/week";
import { toWeekMetrics } from "../../../lib/metrics/weekly";
import { berlin, event } from "./events";

function week(key: string, counts: Partial<MetricCounts>) {
  const w = weekFromKey(key);
  if (!w) throw new Error(key);
  return toWeekMetrics(w, { ...emptyCounts(), ...counts }, 50);
}

// Mondays 12:00 Berlin of weeks 45-50 of 2026.
const monday = (n: number) => Date.parse("2026-11-02T12:00:00+01:00") + (n - 45) * 7 * 86_400_000;

const baselineWeek = { sent: 50, qualifiedSent: 50, opened: 25, clicked: 1, replied: 5, meetings: 1, conversions: 1 };

describe("weakestMetrics", () => {
  it("returns the two metrics furthest behind the reference", () => {
    const rates = ratesOf({ ...emptyCounts(), ...baselineWeek });
    const weakest = weakestMetrics(rates, { openRate: 0.4, clickRate: 0.05, replyRate: 0.08, meetingRate: 0.03 });
    expect(weakest.map((w) => w.metric)).toEqual(["clickRate", "meetingRate"]);
    expect(weakest[0]?.ratio).toBeCloseTo(0.4, 10);
  });

  it("skips metrics without data", () => {
    expect(weakestMetrics(ratesOf(emptyCounts()))).toEqual([]);
  });

  it("skips metrics the user does not track", () => {
    const rates = ratesOf({ ...emptyCounts(), ...baselineWeek, clicked: 0, replied: 4 });
    expect(weakestMetrics(rates).map((w) => w.metric)).toEqual(["clickRate", "meetingRate"]);
    expect(weakestMetrics(rates, undefined, 2, ["clickRate"]).map((w) => w.metric)).toEqual([
      "meetingRate",
      "replyRate",
    ]);
  });
});

describe("untrackedMetrics", () => {
  it("takes clicks as untracked until the log holds one", () => {
    const sent = event("sent", "anna", "2026-11-02T09:00:00Z");
    const replied = event("replied-neutral", "anna", "2026-11-03T09:00:00Z");
    const clicked = event("clicked", "anna", "2026-11-03T09:00:00Z");
    expect(untrackedMetrics([])).toEqual(["clickRate"]);
    expect(untrackedMetrics(attributeEvents([sent, replied]).emails)).toEqual(["clickRate"]);
    expect(untrackedMetrics(attributeEvents([sent, clicked]).emails)).toEqual([]);
  });
});

describe("loopStep", () => {
  const options = (n: number) => ({ now: monday(n), timeZone: berlin });

  it("stays in the baseline until about 50 qualified sends are in", () => {
    const weeks = [
      week("2026-W45", { sent: 30, qualifiedSent: 20 }),
      week("2026-W46", { sent: 30, qualifiedSent: 20 }),
    ];
    expect(loopStep(weeks, options(47))).toEqual({
      step: 1,
      kind: "baseline",
      qualifiedSent: 40,
      target: 50,
      complete: false,
    });
    expect(loopStep([], options(47))).toMatchObject({ step: 1, qualifiedSent: 0 });
  });

  it("moves one step per calendar week after the baseline", () => {
    const weeks = [week("2026-W45", baselineWeek), week("2026-W48", { sent: 40, qualifiedSent: 40, opened: 30 })];
    expect(loopStep(weeks, options(45))).toMatchObject({ step: 1, complete: true, qualifiedSent: 50 });
    expect(loopStep(weeks, options(46))).toMatchObject({ step: 2, kind: "analyse" });
    const step3 = loopStep(weeks, options(47));
    expect(step3.kind === "weakest" && step3.weakest.map((w) => w.metric)).toEqual(["clickRate", "meetingRate"]);
    expect(loopStep(weeks, options(48))).toMatchObject({ step: 4, suggestedTests: ["call-to-action"] });
    const step5 = loopStep(weeks, options(49));
    expect(step5).toMatchObject({ step: 5, cycleComplete: false });
    if (step5.kind !== "compare") throw new Error("expected compare");
    expect(step5.since?.weeks).toEqual(["2026-W48", "2026-W49"]);
    expect(step5.vsBaseline?.rates.openRate.current).toBe(0.75);
    expect(step5.vsBaseline?.rates.openRate.reference).toBe(0.5);
    expect(loopStep(weeks, options(50))).toMatchObject({ step: 5, cycleComplete: true });
  });

  it("restarts from a chosen week", () => {
    const weeks = [week("2026-W45", baselineWeek), week("2026-W48", { sent: 60, qualifiedSent: 60 })];
    expect(loopStep(weeks, { ...options(49), startWeek: "2026-W48" })).toMatchObject({ step: 2 });
  });
});
