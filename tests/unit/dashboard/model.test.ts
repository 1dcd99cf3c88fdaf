import { describe, expect, test } from "vitest";
import { abTests, buildDashboard, type DashboardInput, detailParts } from "@/components/dashboard/model";
import { attributeEvents } from "@/lib/metrics";
import type { OutreachEvent } from "@/lib/model";
import { berlin, event } from "../metrics/events";

const now = Date.parse("2026-11-27T12:00:00Z"); // a Friday
const options = { now, timeZone: berlin, weeklyCap: 40 };
const people = [
  { id: "anna", tier: "A" as const },
  { id: "ben", tier: "C" as const },
];

function inputOf(events: readonly OutreachEvent[]): DashboardInput {
  return { ...attributeEvents(events), people, signals: [] };
}

describe("buildDashboard", () => {
  test("no events is the empty state, with zero-filled weeks to fall back on", () => {
    const model = buildDashboard(inputOf([]), options);
    expect(model.empty).toBe(true);
    expect(model.trend).toHaveLength(12);
    expect(model.review.thisWeek.sent).toBe(0);
    expect(model.loop).toMatchObject({ step: 1, kind: "baseline", qualifiedSent: 0 });
  });

  test("this week and last week come from the sends of each week, against the weekly cap", () => {
    const events = [
      event("sent", "anna", "2026-11-26T09:00:00Z", { step: "attention", subjectVariant: "A" }),
      event("opened", "anna", "2026-11-26T10:00:00Z", { step: "attention" }),
      event("sent", "ben", "2026-11-25T15:00:00Z", { step: "attention", subjectVariant: "B" }),
      event("sent", "ben", "2026-11-18T15:00:00Z", { step: "curiosity" }),
      event("replied-positive", "ben", "2026-11-19T08:00:00Z", { step: "curiosity" }),
    ];
    const model = buildDashboard(inputOf(events), options);
    expect(model.empty).toBe(false);
    expect(model.review.thisWeek).toMatchObject({ week: "2026-W48", sent: 2, opened: 1, capUsed: 2 / 40 });
    expect(model.review.lastWeek).toMatchObject({ week: "2026-W47", sent: 1, replied: 1 });
    expect(model.trend.at(-1)?.week).toBe("2026-W48");
    // No baseline yet (one qualified send of 50): the weakest come from the trend's pooled rates.
    expect(model.review.baseline).toBeUndefined();
    expect(model.weakest).toHaveLength(2);
    // No click in the log: click tracking is off, so its 0 % is neither weak nor shown as a rate.
    expect(model.untracked).toEqual(["clickRate"]);
    expect(model.weakest.map((w) => w.metric)).not.toContain("clickRate");
  });

  test("a click in the log makes the click rate a metric like the others", () => {
    const events = [
      event("sent", "anna", "2026-11-26T09:00:00Z", { step: "attention" }),
      event("clicked", "anna", "2026-11-26T10:00:00Z", { step: "attention" }),
      event("sent", "ben", "2026-11-25T15:00:00Z", { step: "attention" }),
    ];
    expect(buildDashboard(inputOf(events), options).untracked).toEqual([]);
  });
});

describe("details and tests", () => {
  const events = [
    event("sent", "anna", "2026-11-26T07:00:00Z", { subjectVariant: "A" }),
    event("replied-neutral", "anna", "2026-11-26T12:00:00Z"),
    event("sent", "ben", "2026-11-26T14:00:00Z", { subjectVariant: "B" }),
  ];

  const input = inputOf(events);

  test("funnels count prospects per tier, and every sent email is kept for the tests", () => {
    const tierA = detailParts.tierFunnels(input).find((f) => f.group === "A");
    expect(tierA?.steps.map((s) => s.count)).toEqual([1, 1, 1, 0, 0]);
    expect(detailParts.signalFunnels(input).map((f) => f.group)).toEqual(["none"]);
    expect(input.emails).toHaveLength(2);
  });

  test("a difference of one reply is never called a winner", () => {
    const tests = abTests(input.emails, berlin, "replied");
    expect(tests.subject.a).toMatchObject({ successes: 1, trials: 1 });
    expect(tests.subject.test).toBe("fisher");
    expect(tests.subject.verdict.kind).toBe("not-enough-data");
    // 08:00 Berlin is morning (a), 15:00 afternoon (b).
    expect(tests.sendSlot.a.trials).toBe(1);
    expect(tests.sendSlot.b.trials).toBe(1);
  });

  test("judged by opens, a reply counts as an open", () => {
    expect(abTests(input.emails, berlin, "opened").subject.a.successes).toBe(1);
  });
});
