import { describe, expect, test } from "vitest";
import { emptyFilter, filterRows, sortRows } from "@/lib/queue";
import { day, ids, now, rowsOf, slice } from "./factories";

const rows = rowsOf(
  [
    slice({
      id: "a",
      name: "Anna Schäfer",
      tier: "A",
      score: 88,
      status: "ready",
      companyId: "c1",
      updatedAt: now - 3 * day,
    }),
    slice({ id: "b", name: "Bernd Krüger", tier: "B", score: 64, status: "new", updatedAt: now - day }),
    slice({ id: "c", name: "Clara Özdemir", tier: "C", score: 41, status: "ready", notes: "Speaks at DMEXCO" }),
    slice({ id: "u", name: "Uwe Unbewertet", status: "researching", updatedAt: now }),
  ],
  { c1: "Polarstern Software" },
  [
    { companyId: "c1", type: "funding", date: now - 10 * day },
    { personId: "b", type: "job-change", date: now - 2 * day },
  ],
);

describe("filters", () => {
  test("tiers, including the unscored ones", () => {
    expect(ids(filterRows(rows, { ...emptyFilter, tiers: ["A", "C"] }))).toEqual(["a", "c"]);
    expect(ids(filterRows(rows, { ...emptyFilter, tiers: ["unscored"] }))).toEqual(["u"]);
  });
  test("status", () => {
    expect(ids(filterRows(rows, { ...emptyFilter, statuses: ["ready"] }))).toEqual(["a", "c"]);
  });
  test("signal type present on the person or their company", () => {
    expect(ids(filterRows(rows, { ...emptyFilter, signalTypes: ["funding"] }))).toEqual(["a"]);
    expect(ids(filterRows(rows, { ...emptyFilter, signalTypes: ["job-change", "funding"] }))).toEqual(["a", "b"]);
  });
  test("search combines with filters; company names and notes are searched", () => {
    expect(ids(filterRows(rows, { ...emptyFilter, query: "polarstern" }))).toEqual(["a"]);
    expect(ids(filterRows(rows, { ...emptyFilter, query: "dmexco", statuses: ["ready"] }))).toEqual(["c"]);
    expect(ids(filterRows(rows, { ...emptyFilter, query: "ozdemir", tiers: ["A"] }))).toEqual([]);
    expect(ids(filterRows(rows, { ...emptyFilter, query: "krueger" }))).toEqual(["b"]);
  });
  test("no filter keeps every row in its order", () => {
    expect(ids(filterRows(rows, emptyFilter))).toEqual(["a", "b", "c", "u"]);
  });
});

describe("sorting", () => {
  test("by score, unscored last", () => {
    expect(ids(sortRows(rows, "score"))).toEqual(["a", "b", "c", "u"]);
  });
  test("by newest signal, people without one last, ties by name", () => {
    expect(ids(sortRows(rows, "signal"))).toEqual(["b", "a", "c", "u"]);
  });
  test("by last touched", () => {
    expect(ids(sortRows(rows, "touched"))).toEqual(["u", "b", "c", "a"]);
  });
  test("equal values fall back to the name, so the order is stable", () => {
    const same = rowsOf([slice({ id: "z", name: "Zora", score: 50 }), slice({ id: "m", name: "Mia", score: 50 })]);
    expect(ids(sortRows(same, "score"))).toEqual(["m", "z"]);
  });
  test("sorting returns a copy", () => {
    const before = ids(rows);
    sortRows(rows, "touched");
    expect(ids(rows)).toEqual(before);
  });
});
