import { expect, test } from "vitest";
import { listOf } from "@/lib/i18n/list-of";

test("a list reads as a sentence says it, in each language's word for 'and'", () => {
  expect(listOf([], "and")).toBe("");
  expect(listOf(["HubSpot"], "and")).toBe("HubSpot");
  expect(listOf(["HubSpot", "Slack"], "und")).toBe("HubSpot und Slack");
  expect(listOf(["Elbe Ventures", "Alster Capital", "Hanse Invest"], "and")).toBe(
    "Elbe Ventures, Alster Capital and Hanse Invest",
  );
});
