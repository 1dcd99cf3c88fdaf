import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byLogKey, decodeEmails, encodeEmails, logKeyOf, replacePeople } from "../../../lib/metrics/email-log";
import { attributeEvents, type EmailOutcome } from "../../../lib/metrics/emails";
import { emailLogDaySchema } from "../../../lib/model";
import { event } from "./events";

const steps = ["attention", "curiosity", "credibility", "action"] as const;

const emailArb: fc.Arbitrary<EmailOutcome> = fc.record({
  personId: fc.string({ minLength: 1, maxLength: 12 }),
  step: fc.option(fc.constantFrom(...steps), { nil: undefined }),
  sequenceId: fc.option(fc.string({ minLength: 1, maxLength: 12 }), { nil: undefined }),
  subjectVariant: fc.option(fc.constantFrom("A" as const, "B" as const), { nil: undefined }),
  angle: fc.option(fc.constantFrom("a" as const, "b" as const), { nil: undefined }),
  sentAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
  opened: fc.boolean(),
  clicked: fc.boolean(),
  replied: fc.boolean(),
  positive: fc.boolean(),
  meeting: fc.boolean(),
  converted: fc.boolean(),
  value: fc.double({ min: 0, max: 1e9, noNaN: true }),
  bounced: fc.boolean(),
  unsubscribed: fc.boolean(),
});

describe("email log columns", () => {
  it("give back every email exactly as it went in", () => {
    fc.assert(
      fc.property(fc.array(emailArb, { maxLength: 40 }), (emails) => {
        const row = encodeEmails("day:1", emails);
        expect(emailLogDaySchema.safeParse(row).success).toBe(true);
        expect(decodeEmails(row)).toEqual(emails);
      }),
    );
  });

  it("slice time into UTC days, independent of any time zone", () => {
    const monday = Date.parse("2026-11-23T00:00:00Z");
    expect(logKeyOf(monday)).toBe(logKeyOf(monday + 86_399_999));
    expect(logKeyOf(monday)).not.toBe(logKeyOf(monday + 86_400_000));
    expect(logKeyOf(0)).toBe("day:0");
    expect(logKeyOf(86_400_000)).toBe("day:1");
    const { emails } = attributeEvents([
      event("sent", "ana", 0, { step: "attention" }),
      event("sent", "ana", 86_400_000, { step: "curiosity" }),
      event("sent", "ben", 3_600_000, { step: "attention" }),
    ]);
    expect([...byLogKey(emails)].map(([key, list]) => [key, list.map((e) => e.personId)])).toEqual([
      ["day:0", ["ana", "ben"]],
      ["day:1", ["ana"]],
    ]);
  });

  it("replace the emails of some people on a day and keep everyone else's", () => {
    const { emails } = attributeEvents([
      event("sent", "ana", 1000, { step: "attention" }),
      event("sent", "ben", 2000, { step: "attention" }),
    ]);
    const stored = encodeEmails("day:0", emails);
    const [ana] = attributeEvents([
      event("sent", "ana", 1000, { step: "attention" }),
      event("replied-positive", "ana", 1500, { step: "attention" }),
    ]).emails;
    const next = replacePeople("day:0", stored, new Set(["ana"]), ana ? [ana] : []);
    expect(next && decodeEmails(next).map((e) => [e.personId, e.replied])).toEqual([
      ["ben", false],
      ["ana", true],
    ]);
    expect(replacePeople("day:0", encodeEmails("day:0", []), new Set(["ana"]), [])).toBeUndefined();
  });

  it("refuse a row whose columns do not line up", () => {
    const row = encodeEmails("day:0", attributeEvents([event("sent", "ana", 1000)]).emails);
    expect(emailLogDaySchema.safeParse({ ...row, personIds: [] }).success).toBe(false);
    expect(emailLogDaySchema.safeParse({ ...row, sentAt: [1000] }).success).toBe(false);
  });
});
