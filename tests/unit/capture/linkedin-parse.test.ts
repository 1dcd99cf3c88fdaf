import { describe, expect, it } from "vitest";
import {
  isDateRange,
  isDuration,
  parseCount,
  parseDateRange,
  parseLabelledCount,
  parseMonthYear,
  parseShownAge,
} from "../../../lib/capture/linkedin/parse";

describe("parseMonthYear", () => {
  it.each([
    ["Jan 2020", { year: 2020, month: 1 }],
    ["Jan. 2020", { year: 2020, month: 1 }],
    ["December 2008", { year: 2008, month: 12 }],
    ["2019", { year: 2019 }],
  ])("reads English %s", (text, expected) => expect(parseMonthYear(text)).toEqual(expected));

  it.each([
    ["Jan.", 1],
    ["Feb.", 2],
    ["März", 3],
    ["Apr.", 4],
    ["Mai", 5],
    ["Juni", 6],
    ["Juli", 7],
    ["Aug.", 8],
    ["Sept.", 9],
    ["Okt.", 10],
    ["Nov.", 11],
    ["Dez.", 12],
    ["Jän.", 1],
    ["Oktober", 10],
  ])("reads the German month %s", (month, number) =>
    expect(parseMonthYear(`${month} 2021`)).toEqual({ year: 2021, month: number }),
  );

  it.each(["", "Present", "Foo 2020", "20 20", "1850"])("rejects %j", (text) =>
    expect(parseMonthYear(text)).toBeUndefined(),
  );
});

describe("parseDateRange", () => {
  it("reads a running English range with its duration", () => {
    expect(parseDateRange("Jan 2020 – Present · 3 yrs 2 mos")).toEqual({
      start: { year: 2020, month: 1 },
      current: true,
    });
  });

  it("reads a running German range", () => {
    expect(parseDateRange("Jan. 2020 – Heute · 3 J. 2 Mon.")).toEqual({
      start: { year: 2020, month: 1 },
      current: true,
    });
  });

  it("reads closed ranges in both languages", () => {
    expect(parseDateRange("März 2017 – Dez. 2019 · 2 J. 10 Mon.")).toEqual({
      start: { year: 2017, month: 3 },
      end: { year: 2019, month: 12 },
      current: false,
    });
    expect(parseDateRange("Sep 2018 - Dec 2019 · 1 yr 4 mos")?.end).toEqual({ year: 2019, month: 12 });
  });

  it("reads the screen-reader, public and 2016 forms", () => {
    expect(parseDateRange("Sep 2023 to Present · 1 yr 8 mos")?.current).toBe(true);
    expect(parseDateRange("Jul 2021 - Present 2 years 9 months")?.current).toBe(true);
    expect(parseDateRange("December 2008 – Present (7 years 1 month)")?.start).toEqual({ year: 2008, month: 12 });
    expect(parseDateRange("2023 - 2023 · Less than a year")).toEqual({
      start: { year: 2023 },
      end: { year: 2023 },
      current: false,
    });
  });

  it("reads year-only school ranges and a single year", () => {
    expect(parseDateRange("2016 – 2020")).toEqual({ start: { year: 2016 }, end: { year: 2020 }, current: false });
    expect(parseDateRange("2019")).toEqual({ start: { year: 2019 }, current: false });
  });

  it.each([
    "Full-time · 3 yrs 3 mos",
    "New York, New York, United States",
    "Activities and societies: 2019 choir",
    "Founded in 2019 to help",
    "1,234 followers",
    "",
  ])("is no range: %j", (text) => {
    expect(parseDateRange(text)).toBeUndefined();
    expect(isDateRange(text)).toBe(false);
  });
});

describe("isDuration", () => {
  it.each([
    "5 mos",
    "1 yr 4 mos",
    "2 yrs",
    "10 mos",
    "3 yrs 1 mo",
    "less than a year",
    "1 J. 4 Mon.",
    "2 Jahre",
    "(7 years)",
  ])("reads %s as a duration", (text) => expect(isDuration(text)).toBe(true));

  it.each(["Toronto, Canada Area", "Berlin", "2 Oak Street", "Mar 2018 – Present"])("reads %s as no duration", (text) =>
    expect(isDuration(text)).toBe(false),
  );
});

describe("parseCount", () => {
  it.each([
    ["1,234", 1234],
    ["1.234", 1234],
    ["500+", 500],
    ["12K", 12000],
    ["1.2M", 1200000],
    ["3,5 Tsd.", 3500],
    ["87", 87],
  ])("reads %s", (text, value) => expect(parseCount(text)).toBe(value));

  it("finds nothing in text without digits", () => expect(parseCount("many")).toBeUndefined());
});

describe("parseLabelledCount", () => {
  it("reads English and German counts with their label", () => {
    expect(parseLabelledCount("1,234 followers", ["followers"])).toBe(1234);
    expect(parseLabelledCount("1.234 Follower", ["followers", "follower"])).toBe(1234);
    expect(parseLabelledCount("500+ connections", ["connections"])).toBe(500);
    expect(parseLabelledCount("500+ Kontakte", ["kontakte"])).toBe(500);
  });

  it("finds the count inside a longer line", () => {
    expect(parseLabelledCount("873 followers 500+ connections", ["connections"])).toBe(500);
  });

  it("ignores counts separated from the label by other words", () => {
    expect(parseLabelledCount("Anna and 3 other mutual connections", ["connections"])).toBeUndefined();
    expect(parseLabelledCount("Kontaktinfo", ["kontakt"])).toBeUndefined();
  });
});

describe("parseShownAge", () => {
  it.each([
    ["1w •", "1w", 7 * 86_400_000],
    ["5mo •", "5mo", 5 * 30 * 86_400_000],
    ["1yr • Edited •", "1yr", 365 * 86_400_000],
    ["3d", "3d", 86_400_000 * 3],
    ["2 Wo. •", "2 Wo.", 14 * 86_400_000],
    ["3 Mon.", "3 Mon.", 90 * 86_400_000],
    ["5 Std.", "5 Std.", 5 * 3_600_000],
  ])("reads %j", (text, shown, ms) => expect(parseShownAge(text)).toEqual({ shown, ms }));

  it.each(["2 comments", "1 repost", "Posts", "2019"])("is no age: %j", (text) =>
    expect(parseShownAge(text)).toBeUndefined(),
  );
});
