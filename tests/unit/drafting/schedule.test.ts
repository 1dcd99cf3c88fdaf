import { describe, expect, it } from "vitest";
import { nextSlot, planForLocation, planSchedule } from "@/lib/drafting/schedule";
import { fromLocal, toLocal } from "@/lib/time/zone";

const utc = (iso: string) => Date.parse(iso);
const locals = (plan: ReturnType<typeof planSchedule>) => plan.sends.map((send) => send.local);

describe("timezone", () => {
  it("round-trips wall-clock time across zones", () => {
    const at = fromLocal({ year: 2026, month: 7, day: 14, hour: 9, minute: 30 }, "America/New_York");
    expect(new Date(at).toISOString()).toBe("2026-07-14T13:30:00.000Z");
    expect(toLocal(at, "Europe/Zurich")).toMatchObject({ hour: 15, minute: 30, weekday: 2 });
  });

  it("moves a time skipped by spring-forward ahead and takes summer time for an ambiguous one", () => {
    const gap = fromLocal({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, "Europe/Berlin");
    expect(new Date(gap).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    const twice = fromLocal({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, "Europe/Berlin");
    expect(new Date(twice).toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });
});

describe("nextSlot", () => {
  it("takes today's window when it is still open, rounded to 15 minutes", () => {
    // Tuesday 2026-12-01 09:07 in Berlin.
    const slot = nextSlot({ now: utc("2026-12-01T08:07:00Z"), timeZone: "Europe/Berlin" });
    expect(slot).toMatchObject({ day: { year: 2026, month: 12, day: 1 }, minute: 9 * 60 + 15 });
  });

  it("skips to the next allowed day after the window and never picks a weekend or Monday", () => {
    // Thursday 2026-12-03 11:30 Vienna → Tuesday 2026-12-08 is Mariä Empfängnis in Austria → Wednesday.
    const plan = planSchedule({
      now: utc("2026-12-03T10:30:00Z"),
      timeZone: "Europe/Vienna",
      holidays: [{ country: "AT" }],
    });
    expect(plan.sends[0]?.local).toBe("2026-12-09T09:00");
  });

  it("uses the prospect's time zone, not the user's", () => {
    const now = utc("2026-12-01T12:00:00Z"); // 07:00 in New York, 13:00 in Berlin
    const slot = planSchedule({ now, timeZone: "America/New_York", holidays: [] }).sends[0];
    expect(slot?.local).toBe("2026-12-01T09:00");
    expect(new Date(slot?.at ?? 0).toISOString()).toBe("2026-12-01T14:00:00.000Z");
  });

  it("keeps Monday late even when Monday is configured", () => {
    const now = utc("2026-11-30T06:00:00Z"); // Monday 07:00 Berlin
    const slot = nextSlot({ now, timeZone: "Europe/Berlin", settings: { days: [1, 2] } });
    expect(slot.minute).toBe(10 * 60);
  });

  it("rejects an unknown time zone and a window that ends before it starts", () => {
    expect(() => nextSlot({ now: 0, timeZone: "Mars/Olympus" })).toThrow(RangeError);
    expect(() => nextSlot({ now: 0, timeZone: "UTC", settings: { startHour: 11, endHour: 9 } })).toThrow();
  });
});

describe("planSchedule", () => {
  it("follows up after +3, +4, +7 business days, skipping weekends", () => {
    const plan = planSchedule({
      now: utc("2026-11-10T07:00:00Z"),
      timeZone: "Europe/Berlin",
      holidays: [{ country: "DE" }],
    });
    expect(locals(plan)).toEqual(["2026-11-10T09:00", "2026-11-13T09:00", "2026-11-19T09:00", "2026-11-30T10:00"]);
    expect(plan.sends.map((send) => send.step)).toEqual(["attention", "curiosity", "credibility", "action"]);
  });

  it("skips Easter holidays: Karfreitag and Ostermontag", () => {
    // Wed 2026-04-01 → +3 business days skips Fri 04-03 and Mon 04-06 → Wed 04-08.
    const plan = planSchedule({
      now: utc("2026-04-01T06:00:00Z"),
      timeZone: "Europe/Berlin",
      holidays: [{ country: "DE" }],
    });
    expect(locals(plan).slice(0, 2)).toEqual(["2026-04-01T09:00", "2026-04-08T09:00"]);
  });

  it("keeps 09:00 local across the October DST switch (UTC shifts by an hour)", () => {
    const plan = planSchedule({
      now: utc("2026-10-20T05:00:00Z"),
      timeZone: "Europe/Berlin",
      holidays: [{ country: "DE" }],
    });
    const [first, second] = plan.sends;
    expect(first?.local).toBe("2026-10-20T09:00");
    expect(new Date(first?.at ?? 0).toISOString()).toBe("2026-10-20T07:00:00.000Z");
    expect(second?.local).toBe("2026-10-23T09:00");
    const fourth = plan.sends[3];
    expect(fourth?.local).toBe("2026-11-09T10:00");
    expect(new Date(fourth?.at ?? 0).toISOString()).toBe("2026-11-09T09:00:00.000Z");
  });

  it("handles New York's earlier March switch", () => {
    const plan = planSchedule({ now: utc("2026-03-05T12:00:00Z"), timeZone: "America/New_York", holidays: [] });
    const [first, second] = plan.sends;
    expect(first?.local).toBe("2026-03-05T09:00");
    expect(new Date(first?.at ?? 0).toISOString()).toBe("2026-03-05T14:00:00.000Z");
    expect(second?.local).toBe("2026-03-10T09:00");
    expect(new Date(second?.at ?? 0).toISOString()).toBe("2026-03-10T13:00:00.000Z");
  });

  it("honours configured gaps and windows", () => {
    const settings = { days: [3], startHour: 14, endHour: 16, followUpBusinessDays: [1, 1, 1] };
    const plan = planSchedule({
      now: utc("2026-11-10T07:00:00Z"),
      timeZone: "Europe/Zurich",
      settings,
      holidays: [{ country: "CH" }],
    });
    expect(locals(plan)).toEqual(["2026-11-11T14:00", "2026-11-12T14:00", "2026-11-13T14:00", "2026-11-16T14:00"]);
  });

  it("skips the holidays of all three DACH countries when none is given", () => {
    // Mon 2026-10-26 is Austria's Nationalfeiertag: a +3 from Wed 10-21 lands on Tue 10-27.
    const plan = planSchedule({ now: utc("2026-10-21T06:00:00Z"), timeZone: "Europe/Berlin" });
    expect(locals(plan).slice(0, 2)).toEqual(["2026-10-21T09:00", "2026-10-27T09:00"]);
  });
});

describe("planForLocation", () => {
  const now = utc("2026-10-21T06:00:00Z");

  it("uses the prospect's zone and country holidays", () => {
    const vienna = planForLocation("Wien, Österreich", { now, fallbackTimeZone: "Europe/Berlin" });
    expect(vienna.timeZone).toBe("Europe/Vienna");
    expect(locals(vienna)[1]).toBe("2026-10-27T09:00"); // Nationalfeiertag on the 26th
    const berlin = planForLocation("Berlin, Deutschland", { now, fallbackTimeZone: "UTC" });
    expect(locals(berlin)[1]).toBe("2026-10-26T10:00"); // a Monday, so not before 10:00
  });

  it("skips no DACH holidays outside DACH and falls back to the user's zone when unknown", () => {
    expect(planForLocation("New York, United States", { now, fallbackTimeZone: "Europe/Berlin" }).timeZone).toBe(
      "America/New_York",
    );
    expect(planForLocation(undefined, { now, fallbackTimeZone: "Europe/Zurich" }).timeZone).toBe("Europe/Zurich");
  });
});
