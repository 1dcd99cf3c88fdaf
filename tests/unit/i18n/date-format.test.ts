import { expect, test } from "vitest";
import { formatDateIn, pageDateIn } from "@/lib/i18n/date-format";

test("a page's whole day reads as a short date in the reader's language", () => {
  expect(pageDateIn("2026-09-09", "en")).toBe("9 Sept 2026");
  expect(pageDateIn("2026-09-09", "de")).toBe("09.09.2026");
  expect(pageDateIn("2026-09-09", "en")).toBe(formatDateIn(new Date(2026, 8, 9).getTime(), "en"));
});

test("a month, a year or anything else stays as the page wrote it", () => {
  expect(pageDateIn("2026-09", "en")).toBe("2026-09");
  expect(pageDateIn("Herbst 2026", "de")).toBe("Herbst 2026");
});
