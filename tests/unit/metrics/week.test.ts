import { describe, expect, it } from "vitest";
import {
  addWeeks,
  createWeekLookup,
  weekFromKey,
  weekOf,
  weekOfDate,
  weekRange,
  weeksBetween,
} from "../../../lib/metrics/week";
import { localHourOf, zonedTime } from "../../../lib/metrics/zone";

describe("ISO weeks", () => {
  it.each([
    [{ year: 2026, month: 11, day: 27 }, "2026-W48", "2026-11-23"],
    [{ year: 2026, month: 1, day: 1 }, "2026-W01", "2025-12-29"],
    [{ year: 2027, month: 1, day: 1 }, "2026-W53", "2026-12-28"],
    [{ year: 2021, month: 1, day: 3 }, "2020-W53", "2020-12-28"],
    [{ year: 2024, month: 12, day: 30 }, "2025-W01", "2024-12-30"],
  ])("%o is in %s starting %s", (date, key, start) => {
    expect(weekOfDate(date)).toEqual({ key, start });
  });

  it("starts the week on Monday on the user's wall clock, not in UTC", () => {
    const sundayNightUtc = Date.parse("2026-11-29T23:30:00Z"); // Monday 00:30 in Berlin
    expect(weekOf(sundayNightUtc, "UTC").key).toBe("2026-W48");
    expect(weekOf(sundayNightUtc, "Europe/Berlin").key).toBe("2026-W49");
    expect(weekOf(sundayNightUtc, "America/New_York").key).toBe("2026-W48");
  });

  it("round-trips keys and steps across years", () => {
    expect(weekFromKey("2026-W53")).toEqual({ key: "2026-W53", start: "2026-12-28" });
    expect(weekFromKey("2025-W53")).toBeUndefined();
    expect(weekFromKey("nonsense")).toBeUndefined();
    const w = weekOfDate({ year: 2026, month: 12, day: 30 });
    expect(addWeeks(w, 1).key).toBe("2027-W01");
    expect(addWeeks(w, -53).key).toBe("2025-W52");
    expect(weeksBetween(addWeeks(w, -12), w)).toBe(12);
    expect(weekRange(w, 3).map((x) => x.key)).toEqual(["2026-W51", "2026-W52", "2026-W53"]);
  });

  it.each([
    ["Europe/Berlin", "2026-03-28T00:00:00Z"],
    ["America/St_Johns", "2026-11-01T00:00:00Z"], // DST ends at 04:30 UTC
    ["Australia/Lord_Howe", "2026-04-04T00:00:00Z"], // a 30-minute DST shift
    ["Asia/Kathmandu", "2026-11-29T00:00:00Z"], // +05:45
  ])("fast lookup agrees with the direct computation in %s, around DST changes", (zone, from) => {
    const lookup = createWeekLookup(zone);
    const start = Date.parse(from);
    for (let at = start; at < start + 3 * 86_400_000; at += 5 * 60_000) {
      expect(lookup(at)).toEqual(weekOf(at, zone));
    }
  });
});

describe("zone helpers", () => {
  it("turns a wall-clock time into an instant across DST", () => {
    expect(zonedTime({ year: 2026, month: 3, day: 29 }, 12, 0, "Europe/Berlin")).toBe(
      Date.parse("2026-03-29T10:00:00Z"),
    );
    expect(zonedTime({ year: 2026, month: 1, day: 15 }, 12, 0, "Europe/Berlin")).toBe(
      Date.parse("2026-01-15T11:00:00Z"),
    );
    expect(localHourOf(Date.parse("2026-07-01T06:00:00Z"), "Europe/Zurich")).toBe(8);
  });
});
