import { expect, test } from "vitest";
import { day, now, rowsOf, slice } from "./factories";

test("company names and signals are joined by id; company signals count for its people", () => {
  const [row] = rowsOf(
    [slice({ id: "p1", name: "Lena Hoffmann", companyId: "c1" })],
    { c1: "Nordlicht Analytics GmbH" },
    [
      { personId: "p1", type: "post", date: now - 5 * day },
      { companyId: "c1", type: "funding", date: now - 2 * day },
      { companyId: "c2", type: "hiring", date: now },
    ],
  );
  expect(row?.companyName).toBe("Nordlicht Analytics GmbH");
  expect(row?.newestSignalAt).toBe(now - 2 * day);
  expect([...(row?.signalTypes ?? [])].sort()).toEqual(["funding", "post"]);
});

test("without a linked company or headline the current role fills in", () => {
  const [row] = rowsOf([
    slice({
      id: "p1",
      name: "Jonas Weber",
      currentRoles: [{ title: "CTO", companyName: "Kranich Logistik", current: true }],
    }),
  ]);
  expect(row?.companyName).toBe("Kranich Logistik");
  expect(row?.headline).toBe("CTO");
  expect(row?.newestSignalAt).toBeUndefined();
  expect(row?.signalTypes.size).toBe(0);
});

test("the search text holds name, company, headline and notes", () => {
  const [row] = rowsOf(
    [slice({ id: "p1", name: "Jörg Bäcker", companyId: "c1", headline: "VP Sales", notes: "Met at SaaStock" })],
    { c1: "Fjord Analytics" },
  );
  for (const part of ["jorg", "joerg", "fjord", "vp sales", "saastock"]) expect(row?.searchText).toContain(part);
});
