import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clean } from "../../../lib/research/text";

/** The plain statement of `clean`: zero-width characters gone, white space runs as one space, trimmed. */
const reference = (value: string) =>
  value
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();

describe("clean", () => {
  it.each([
    ["  Lena\u00a0\u00a0Hoffmann ", "Lena Hoffmann"],
    ["Head of\n\n\tSales", "Head of Sales"],
    ["a\u200bb\u200cc\u200dd\ufeffe", "abcde"],
    ["two  spaces", "two spaces"],
    ["already clean", "already clean"],
    ["\u2009thin\u3000ideographic\u2028", "thin ideographic"],
    ["", ""],
  ])("cleans %j", (value, expected) => {
    expect(clean(value)).toBe(expected);
  });

  it("agrees with its plain statement on any text of spaces, letters and invisible characters", () => {
    const piece = fc.constantFrom(
      "a",
      "Z",
      " ",
      "  ",
      "\t",
      "\n",
      "\r",
      "\u00a0",
      "\u2009",
      "\u3000",
      "\u2028",
      "\u200b",
      "\u200c",
      "\u200d",
      "\ufeff",
      "ß",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const value = pieces.join("");
        expect(clean(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("is empty for nothing", () => {
    expect(clean(undefined)).toBe("");
    expect(clean(null)).toBe("");
  });
});
