import { describe, expect, test } from "vitest";
import {
  countBefore,
  isoDateToTime,
  parseIsoDate,
  parseMoney,
  parseYear,
  splitList,
} from "../../../lib/capture/linkedin/company-parse";

describe("company parsing", () => {
  test.each([
    ["Leipzig · 5,750 followers", 5750],
    ["1.234 Follower", 1234],
    ["8K followers", 8000],
    ["2,5 Tsd. Follower", 2500],
    ["no count here", undefined],
  ])("countBefore(%s)", (text, count) => {
    expect(countBefore(text, ["followers", "Follower"])).toBe(count);
  });

  test.each([
    ["US$ 36.5M", { amount: 36_500_000, currency: "USD" }],
    ["€ 2,5 Mio.", { amount: 2_500_000, currency: "EUR" }],
    ["£ 1.2M", { amount: 1_200_000, currency: "GBP" }],
    ["US$ 1.2B", { amount: 1_200_000_000, currency: "USD" }],
    ["CHF 750K", { amount: 750_000, currency: "CHF" }],
  ])("parseMoney(%s)", (text, money) => {
    expect(parseMoney(text)).toEqual(money);
  });

  test.each([
    ["Jun 13, 2024", "2024-06-13"],
    ["13. Juni 2024", "2024-06-13"],
    ["Series C Mar 8, 2017", "2017-03-08"],
    ["2019-05-14", "2019-05-14"],
    ["Juni 2024", "2024-06"],
    ["2021", "2021"],
    ["soon", undefined],
  ])("parseIsoDate(%s)", (text, iso) => {
    expect(parseIsoDate(text)).toBe(iso);
  });

  test("isoDateToTime reads partial dates as their first day", () => {
    expect(isoDateToTime("2024-06")).toBe(Date.UTC(2024, 5, 1));
    expect(isoDateToTime("2024-06-13")).toBe(Date.UTC(2024, 5, 13));
    expect(isoDateToTime("June")).toBeUndefined();
  });

  test("parseYear and splitList", () => {
    expect(parseYear("Gegründet 2012")).toBe(2012);
    expect(splitList("Cloud-Migration, DevOps und IT-Sicherheit")).toEqual([
      "Cloud-Migration",
      "DevOps",
      "IT-Sicherheit",
    ]);
    expect(splitList("Project Management, Work Management, and Team Collaboration")).toEqual([
      "Project Management",
      "Work Management",
      "Team Collaboration",
    ]);
  });
});
