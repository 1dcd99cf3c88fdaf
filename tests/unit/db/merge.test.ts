import { describe, expect, test } from "vitest";
import { appendHistory, historyLimit, mergeCapturedFields, sameValue } from "@/lib/db";

type Fields = { name: string; headline?: string; location?: string };

const provenance = {
  sourceUrl: "https://www.linkedin.com/in/a/",
  capturedAt: 5,
  extractor: "x",
  extractorVersion: "1",
};

describe("mergeCapturedFields", () => {
  test("new fields are added with their strategy, unchanged ones make no history", () => {
    const result = mergeCapturedFields<Fields>(
      { name: "A", headline: "H" },
      {},
      { name: "A", location: "Berlin" },
      { location: "dom" },
      provenance,
    );
    expect(result.fields).toEqual({ name: "A", headline: "H", location: "Berlin" });
    expect(result.changes).toEqual([]);
    expect(result.sources.location).toEqual({ ...provenance, strategy: "dom" });
    expect(result.sources.name).toEqual(provenance);
  });

  test("changed values are recorded with old and new value", () => {
    const result = mergeCapturedFields<Fields>(
      { name: "A", headline: "Old" },
      {},
      { name: "A", headline: "New" },
      {},
      provenance,
    );
    expect(result.changes).toEqual([
      { field: "headline", from: "Old", to: "New", changedAt: 5, sourceUrl: provenance.sourceUrl },
    ]);
  });

  test("undefined captured values never erase stored ones", () => {
    const result = mergeCapturedFields<Fields>(
      { name: "A", headline: "H" },
      {},
      { name: "A", headline: undefined },
      {},
      provenance,
    );
    expect(result.fields.headline).toBe("H");
  });
});

describe("sameValue", () => {
  test("compares plain data structurally", () => {
    expect(sameValue([{ a: 1, b: undefined }], [{ a: 1 }])).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: [1] }, { a: [1, 2] })).toBe(false);
    expect(sameValue([], {})).toBe(false);
  });
});

test("history is bounded", () => {
  const change = { field: "f", from: 1, to: 2, changedAt: 1, sourceUrl: "https://x.example/" };
  const history = appendHistory(Array(historyLimit).fill(change), [{ ...change, to: 3 }]);
  expect(history).toHaveLength(historyLimit);
  expect(history.at(-1)?.to).toBe(3);
});
