import { expect, test } from "vitest";
import { buildQueueRows, type PersonSlice } from "@/lib/queue/rows";

test("a damaged record is listed as unreadable and the others stay as they are", () => {
  const good: PersonSlice = { id: "a", name: "Lena Hoffmann", status: "ready", updatedAt: 1, score: 80, tier: "A" };
  const damaged = { id: "b", name: 42, status: "unknown", updatedAt: "yesterday" } as unknown as PersonSlice;
  const rows = buildQueueRows([good, damaged], new Map(), []);
  expect(rows[0]).toMatchObject({ id: "a", name: "Lena Hoffmann", searchText: "lena hoffmann" });
  expect(rows[1]).toMatchObject({ id: "b", unreadable: true, searchText: "" });
});
