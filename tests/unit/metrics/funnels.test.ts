import { describe, expect, it } from "vitest";
import { attributeEvents } from "../../../lib/metrics/emails";
import { funnelsBySignal, funnelsByTier } from "../../../lib/metrics/funnels";
import { event } from "./events";

const people = [
  { id: "ana", tier: "A" as const, companyId: "acme" },
  { id: "ben", tier: "A" as const },
  { id: "cleo", tier: "B" as const },
];

const { emails } = attributeEvents([
  event("sent", "ana", 1000, { step: "attention" }),
  event("sent", "ana", 5000, { step: "curiosity" }),
  event("replied-positive", "ana", 6000, { step: "curiosity" }), // a reply without a tracked open
  event("meeting", "ana", 7000),
  event("sent", "ben", 1000, { step: "attention" }),
  event("opened", "ben", 2000, { step: "attention" }),
  event("sent", "cleo", 1000, { step: "attention" }),
  event("sent", "dora", 1000, { step: "attention" }),
]);

const counts = (steps: { count: number }[] | undefined) => steps?.map((s) => s.count);

describe("funnelsByTier", () => {
  it("counts prospects cumulatively per tier", () => {
    const funnels = funnelsByTier(emails, people);
    expect(funnels.map((f) => f.group)).toEqual(["A", "B", "C", "D", "unscored"]);
    const a = funnels[0];
    expect(counts(a?.steps)).toEqual([2, 2, 1, 1, 0]);
    expect(a?.steps[2]).toMatchObject({ stage: "replied", rate: 0.5, stepRate: 0.5 });
    expect(counts(funnels[1]?.steps)).toEqual([1, 0, 0, 0, 0]);
    expect(funnels[2]?.steps[0]).toMatchObject({ count: 0, rate: null, stepRate: null });
    expect(counts(funnels[4]?.steps)).toEqual([1, 0, 0, 0, 0]);
  });
});

describe("funnelsBySignal", () => {
  it("groups by the signal types known at first contact, via the person or their company", () => {
    const signals = [
      { type: "funding" as const, companyId: "acme", date: 500 },
      { type: "job-change" as const, personId: "ana", date: 900 },
      { type: "hiring" as const, personId: "ben", date: 1500 }, // after first contact: ignored
    ];
    const funnels = funnelsBySignal(emails, people, signals);
    const byGroup = Object.fromEntries(funnels.map((f) => [f.group, counts(f.steps)]));
    expect(byGroup).toEqual({
      none: [3, 1, 0, 0, 0],
      funding: [1, 1, 1, 1, 0],
      "job-change": [1, 1, 1, 1, 0],
    });
  });
});
