import { describe, expect, it } from "vitest";
import { researchPage } from "../../../lib/research/research-page";
import { pageResearchSchema } from "../../../lib/research/types";
import { fixtureCases, loadFixture, valuesAt } from "./fixtures";

describe.each(fixtureCases())("site fixture %s", (name) => {
  const { doc, expected } = loadFixture(name);
  const result = researchPage(doc, expected.url);

  it("runs every extractor cleanly and returns a valid result", () => {
    expect(result.status.errors).toEqual({});
    expect(() => pageResearchSchema.parse(result)).not.toThrow();
  });

  it.each(Object.entries(expected.expect))("%s", (path, want) => {
    const found = valuesAt(result, path);
    const single = path.includes("[]") ? found : found[0];
    if (Array.isArray(want)) {
      const list = Array.isArray(single) ? single : found;
      // An empty list means "nothing at all"; otherwise the listed values must be among those found.
      if (want.length === 0) expect(list).toEqual([]);
      for (const value of want) expect(list).toContainEqual(value);
    } else expect(single).toEqual(want);
  });

  it.each(Object.entries(expected.absent))("has no %s", (path, unwanted) => {
    const found = valuesAt(result, path);
    if (unwanted === null) {
      expect(found.filter((value) => value !== undefined)).toEqual([]);
      return;
    }
    const list = found.length === 1 && Array.isArray(found[0]) ? found[0] : found;
    for (const value of unwanted as unknown[]) expect(list).not.toContainEqual(value);
  });
});
