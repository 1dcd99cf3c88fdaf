import { expect, test } from "vitest";
import { formatChange, formatCount, formatP, formatRate } from "@/components/dashboard/format";

test("no data reads as a dash, never as 0 %", () => {
  expect(formatRate(null, "en")).toBe("–");
  expect(formatCount(null, "de")).toBe("–");
  expect(formatChange(null, "rate", "en")).toBe("–");
});

test("rates, counts and changes follow the UI language", () => {
  expect(formatRate(0.125, "en")).toBe("12.5%");
  expect(formatRate(0.125, "de")).toBe("12,5\u00a0%");
  expect(formatCount(2.25, "en")).toBe("2.3");
  expect(formatChange(0.021, "rate", "en")).toBe("+2.1 pts");
  expect(formatChange(-0.021, "rate", "de")).toBe("-2,1 Pp.");
  expect(formatChange(0, "count", "en")).toBe("0");
});

test("p-values below 0.001 are not printed as 0", () => {
  expect(formatP(0.00001, "en")).toBe("< 0.001");
  expect(formatP(0.4545, "en")).toBe("0.455");
  expect(formatP(null, "en")).toBe("–");
});
