import { expect, test } from "vitest";
import type { Icp } from "@/lib/model";
import { researchHint } from "@/lib/scoring/research";
import { score } from "@/lib/scoring/score";

const icp: Icp = {
  id: "icp",
  name: "DACH SaaS",
  threshold: 60,
  active: true,
  createdAt: 0,
  updatedAt: 0,
  criteria: [{ id: "size", kind: "employees", min: 50, max: 500, importance: { kind: "weight", weight: 5 } }],
};

test("research hints come in the UI language", () => {
  expect(researchHint("employees")).toBe("Company size unknown: open the LinkedIn company page");
  expect(researchHint("employees", false, "de")).toBe("Unternehmensgröße unbekannt: LinkedIn-Unternehmensseite öffnen");
  expect(researchHint("location", true, "de")).toBe("Standort unbekannt: LinkedIn-Profil der Person öffnen");
  expect(score(undefined, undefined, icp, [], 0, "de").nextResearch).toEqual([
    "Unternehmensgröße unbekannt: LinkedIn-Unternehmensseite öffnen",
  ]);
});

test("criteria are described in the UI language", async () => {
  const { describeCriterion } = await import("@/lib/scoring/labels");
  const size = icp.criteria[0];
  if (!size) throw new Error("no criterion");
  expect(describeCriterion(size)).toBe("Employees: 50-500");
  expect(describeCriterion(size, "de")).toBe("Mitarbeitende: 50-500");
  expect(describeCriterion({ ...size, label: "Mittelstand" }, "de")).toBe("Mittelstand");
});
