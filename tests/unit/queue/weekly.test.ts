import { describe, expect, test } from "vitest";
import { freshnessBonus, freshnessPoints, weeklyQueue, weekStartIn } from "@/lib/queue";
import { day, ids, now, rowsOf, slice } from "./factories";

describe("the week starts on Monday 00:00 on the user's wall clock", () => {
  // 2026-11-30 is a Monday.
  test("Berlin: Sunday 23:30 local still belongs to the week before", () => {
    const sundayLate = Date.parse("2026-11-29T22:30:00Z"); // 23:30 CET
    expect(weekStartIn(sundayLate, "Europe/Berlin")).toBe(Date.parse("2026-11-22T23:00:00Z"));
  });
  test("Berlin: Monday 00:30 local starts the new week, although it is still Sunday in UTC", () => {
    const mondayEarly = Date.parse("2026-11-29T23:30:00Z"); // 00:30 CET
    expect(weekStartIn(mondayEarly, "Europe/Berlin")).toBe(Date.parse("2026-11-29T23:00:00Z"));
  });
  test("the same instant is in a different week in New York", () => {
    const instant = Date.parse("2026-11-29T23:30:00Z"); // Sunday 18:30 EST
    expect(weekStartIn(instant, "America/New_York")).toBe(Date.parse("2026-11-23T05:00:00Z"));
  });
  test("a week spanning the end of summer time starts at local midnight, CEST", () => {
    const afterChange = Date.parse("2026-10-27T12:00:00Z"); // Tuesday; clocks went back on Sunday 25 October
    expect(weekStartIn(afterChange, "Europe/Berlin")).toBe(Date.parse("2026-10-25T23:00:00Z"));
    const beforeChange = Date.parse("2026-10-22T12:00:00Z");
    expect(weekStartIn(beforeChange, "Europe/Berlin")).toBe(Date.parse("2026-10-18T22:00:00Z"));
  });
  test("exactly Monday 00:00 is the start of its own week", () => {
    const monday = Date.parse("2026-11-29T23:00:00Z");
    expect(weekStartIn(monday, "Europe/Berlin")).toBe(monday);
    expect(weekStartIn(monday - 1, "Europe/Berlin")).toBe(Date.parse("2026-11-22T23:00:00Z"));
  });
});

describe("weekly queue", () => {
  test("only ready prospects, best fit first", () => {
    const rows = rowsOf([
      slice({ id: "low", name: "Ida", status: "ready", score: 40 }),
      slice({ id: "high", name: "Ben", status: "ready", score: 90 }),
      slice({ id: "contacted", name: "Kai", status: "contacted", score: 99 }),
      slice({ id: "unscored", name: "Eva", status: "ready" }),
    ]);
    expect(ids(weeklyQueue(rows, now))).toEqual(["high", "low", "unscored"]);
  });
  test("a fresh signal lifts a prospect past a slightly better fit, not past a much better one", () => {
    const rows = rowsOf(
      [
        slice({ id: "fresh", name: "Mara", status: "ready", score: 70 }),
        slice({ id: "stale", name: "Nils", status: "ready", score: 75 }),
        slice({ id: "best", name: "Olga", status: "ready", score: 95 }),
      ],
      {},
      [
        { personId: "fresh", type: "job-change", date: now - day },
        { personId: "stale", type: "post", date: now - 60 * day },
      ],
    );
    expect(ids(weeklyQueue(rows, now))).toEqual(["best", "fresh", "stale"]);
  });
  test("equal priority: the newer signal first, then by name", () => {
    const rows = rowsOf(
      [
        slice({ id: "z", name: "Zeno", status: "ready", score: 50 }),
        slice({ id: "a", name: "Alma", status: "ready", score: 50 }),
        slice({ id: "s", name: "Sven", status: "ready", score: 50 }),
      ],
      {},
      [
        { personId: "z", type: "post", date: now - 40 * day },
        { personId: "s", type: "post", date: now - 50 * day },
      ],
    );
    expect(ids(weeklyQueue(rows, now))).toEqual(["z", "s", "a"]);
  });
  test("freshness fades from full points today to none after four weeks; future dates count as today", () => {
    expect(freshnessBonus(now, now)).toBe(freshnessPoints);
    expect(freshnessBonus(now - 14 * day, now)).toBeCloseTo(freshnessPoints / 2);
    expect(freshnessBonus(now - 40 * day, now)).toBe(0);
    expect(freshnessBonus(now + day, now)).toBe(freshnessPoints);
    expect(freshnessBonus(undefined, now)).toBe(0);
  });
});
