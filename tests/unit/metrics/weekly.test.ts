import { describe, expect, it } from "vitest";
import { attributeEvents } from "../../../lib/metrics/emails";
import { baselineOf, trendSeries, weekReview } from "../../../lib/metrics/review";
import { weeklyMetrics } from "../../../lib/metrics/weekly";
import type { OutreachEvent } from "../../../lib/model";
import { berlin, event } from "./events";

const people = [
  { id: "ana", tier: "A" as const },
  { id: "ben", tier: "C" as const },
  { id: "cleo", tier: "B" as const },
];

// Week 2026-W47 (16-22 Nov) and 2026-W48 (23-29 Nov), Berlin time.
const events: OutreachEvent[] = [
  event("sent", "ana", "2026-11-17T09:00:00+01:00", { step: "attention" }),
  event("opened", "ana", "2026-11-17T10:00:00+01:00", { step: "attention" }),
  event("replied-positive", "ana", "2026-11-24T08:00:00+01:00", { step: "attention" }), // late reply, week 48
  event("meeting", "ana", "2026-11-25T15:00:00+01:00"),
  event("converted", "ana", "2026-11-26T15:00:00+01:00", { value: 12000 }),
  event("sent", "ben", "2026-11-18T09:00:00+01:00", { step: "attention" }),
  event("bounced", "ben", "2026-11-18T09:05:00+01:00", { step: "attention" }),
  event("sent", "cleo", "2026-11-23T09:00:00+01:00", { step: "attention" }),
  event("clicked", "cleo", "2026-11-23T11:00:00+01:00", { step: "attention" }),
  event("sent", "cleo", "2026-11-26T09:00:00+01:00", { step: "curiosity" }),
  event("replied-negative", "cleo", "2026-11-26T10:00:00+01:00", { step: "curiosity" }),
  event("unsubscribed", "cleo", "2026-11-26T10:01:00+01:00", { step: "curiosity" }),
  event("override", "cleo", "2026-11-26T08:59:00+01:00", { note: "Asked me to send it" }),
  event("opened", "ghost", "2026-11-26T10:00:00+01:00"),
];

const options = { timeZone: berlin, weeklyCap: 50 };

describe("attributeEvents", () => {
  it("links each outcome to the send of the same person and step, and counts orphans", () => {
    const { emails, unattributed } = attributeEvents(events);
    expect(emails).toHaveLength(4);
    expect(unattributed).toBe(1);
    const cleoSecond = emails.find((e) => e.personId === "cleo" && e.step === "curiosity");
    expect(cleoSecond).toMatchObject({ opened: true, replied: true, positive: false, unsubscribed: true });
    const cleoFirst = emails.find((e) => e.personId === "cleo" && e.step === "attention");
    expect(cleoFirst).toMatchObject({ opened: true, clicked: true, replied: false, unsubscribed: false });
  });

  it("sends an event without a step to the latest earlier send, and an early one to the first send", () => {
    const { emails } = attributeEvents([
      event("sent", "p", 1000, { step: "attention" }),
      event("sent", "p", 5000, { step: "curiosity" }),
      event("meeting", "p", 6000),
      event("opened", "p", 500),
    ]);
    expect(emails.map((e) => [e.step, e.meeting, e.opened])).toEqual([
      ["attention", false, true],
      ["curiosity", true, false],
    ]);
  });
});

describe("weeklyMetrics", () => {
  const { emails, unattributed } = attributeEvents(events);
  const weeks = weeklyMetrics(emails, people, options);

  it("counts outcomes in the week the email was sent", () => {
    expect(unattributed).toBe(1);
    expect(weeks.map((w) => w.week)).toEqual(["2026-W47", "2026-W48"]);
    const [w47, w48] = weeks;
    expect(w47).toMatchObject({
      start: "2026-11-16",
      sent: 2,
      qualifiedSent: 1,
      opened: 1,
      replied: 1,
      positiveReplies: 1,
      meetings: 1,
      conversions: 1,
      pipelineValue: 12000,
      bounced: 1,
      capUsed: 0.04,
    });
    expect(w47?.rates).toMatchObject({ openRate: 0.5, replyRate: 0.5, positiveReplyRate: 0.5, bounceRate: 0.5 });
    expect(w48).toMatchObject({ sent: 2, qualifiedSent: 2, opened: 2, clicked: 1, replied: 1, unsubscribed: 1 });
    expect(w48?.rates).toMatchObject({ openRate: 1, clickRate: 0.5, replyRate: 0.5, positiveReplyRate: 0 });
  });

  it("reviews this week against last week and a baseline, and fills a 12-week trend", () => {
    const now = Date.parse("2026-11-27T12:00:00+01:00");
    const review = weekReview(weeks, { now, timeZone: berlin, weeklyCap: 50, baseline: { firstWeeks: 1 } });
    expect(review.thisWeek.week).toBe("2026-W48");
    expect(review.lastWeek.week).toBe("2026-W47");
    expect(review.vsLastWeek.rates.openRate).toEqual({ current: 1, reference: 0.5, change: 0.5 });
    expect(review.vsBaseline?.counts.sent.change).toBe(0);

    const trend = trendSeries(weeks, { now, timeZone: berlin, weeklyCap: 50 });
    expect(trend).toHaveLength(12);
    expect(trend[0]?.week).toBe("2026-W37");
    expect(trend[0]?.rates.openRate).toBeNull();
    expect(trend.at(-1)?.sent).toBe(2);
  });

  it("pools a baseline range and averages counts over its weeks, quiet weeks included", () => {
    const baseline = baselineOf(weeks, { from: "2026-W46", to: "2026-W48" });
    expect(baseline?.weeks).toEqual(["2026-W46", "2026-W47", "2026-W48"]);
    expect(baseline?.perWeek.sent).toBeCloseTo(4 / 3, 10);
    expect(baseline?.rates.openRate).toBe(0.75);
    expect(baselineOf(weeks, { from: "2026-W48", to: "2026-W46" })).toBeUndefined();
  });

  it("counts 100,000 events in one pass", () => {
    const many: OutreachEvent[] = [];
    const start = Date.parse("2026-06-01T08:00:00Z");
    for (let i = 0; i < 25_000; i++) {
      const personId = `p${i % 5000}`;
      const step = (["attention", "curiosity", "credibility", "action"] as const)[Math.floor(i / 5000) % 4];
      const at = start + i * 7 * 60_000;
      many.push(event("sent", personId, at, { step }), event("opened", personId, at + 3_600_000, { step }));
      many.push(
        event("clicked", personId, at + 7_200_000, { step }),
        event("replied-neutral", personId, at + 9e6, { step }),
      );
    }
    const weeks = weeklyMetrics(attributeEvents(many).emails, [], options);
    expect(weeks.reduce((sum, w) => sum + w.sent, 0)).toBe(25_000);
    expect(weeks.every((w) => w.rates.replyRate === 1)).toBe(true);
  });
});
