import { describe, expect, it } from "vitest";
import { easterSunday, holidaysOf, isHoliday } from "@/lib/drafting/holidays";

const dates = (year: number, country: "DE" | "AT" | "CH", subdivision?: string) =>
  holidaysOf(year, country, subdivision).map((h) => `${h.date} ${h.name}`);

describe("easterSunday", () => {
  it.each([
    [2019, 4, 21],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
  ])("%i", (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });
});

describe("holidaysOf", () => {
  it("lists Germany's nine nationwide holidays in 2026", () => {
    expect(dates(2026, "DE")).toEqual([
      "2026-01-01 Neujahr",
      "2026-04-03 Karfreitag",
      "2026-04-06 Ostermontag",
      "2026-05-01 Tag der Arbeit",
      "2026-05-14 Christi Himmelfahrt",
      "2026-05-25 Pfingstmontag",
      "2026-10-03 Tag der Deutschen Einheit",
      "2026-12-25 Weihnachten",
      "2026-12-26 Stephanstag",
    ]);
  });

  it("adds regional German holidays only for their state", () => {
    expect(dates(2026, "DE", "DE-BY")).toEqual(
      expect.arrayContaining(["2026-06-04 Fronleichnam", "2026-11-01 Allerheiligen"]),
    );
    expect(dates(2026, "DE", "DE-HH")).not.toContain("2026-06-04 Fronleichnam");
    expect(dates(2026, "DE", "DE-HH")).toContain("2026-10-31 Reformationstag");
    expect(dates(2026, "DE", "DE-SN")).toContain("2026-11-18 Buß- und Bettag");
    expect(dates(2025, "DE", "DE-SN")).toContain("2025-11-19 Buß- und Bettag");
  });

  it("knows Austria: Fronleichnam and Mariä Empfängnis, no Karfreitag", () => {
    const at = dates(2026, "AT");
    expect(at).toHaveLength(13);
    expect(at).toEqual(
      expect.arrayContaining(["2026-06-04 Fronleichnam", "2026-12-08 Mariä Empfängnis", "2026-10-26 Nationalfeiertag"]),
    );
    expect(at.some((d) => d.includes("Karfreitag"))).toBe(false);
  });

  it("knows Switzerland: Bundesfeier, Berchtoldstag, Fronleichnam only in Catholic cantons", () => {
    expect(dates(2026, "CH")).toEqual(
      expect.arrayContaining(["2026-08-01 Bundesfeier", "2026-01-02 Berchtoldstag", "2026-04-03 Karfreitag"]),
    );
    expect(dates(2026, "CH")).not.toContain("2026-06-04 Fronleichnam");
    expect(dates(2026, "CH", "CH-LU")).toContain("2026-06-04 Fronleichnam");
  });

  it("checks a date against several places", () => {
    expect(isHoliday("2026-10-26", [{ country: "DE" }])).toBe(false);
    expect(isHoliday("2026-10-26", [{ country: "DE" }, { country: "AT" }])).toBe(true);
  });
});
