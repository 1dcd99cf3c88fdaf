import { afterEach, expect, test } from "vitest";
import { mergeCompanies, type ProspectDatabase, storeCapture } from "@/lib/db";
import type { Company } from "@/lib/model";
import { freshDatabase, personCapture } from "./helpers";

let db: ProspectDatabase;
afterEach(async () => {
  await db?.delete();
});

const provenance = {
  sourceUrl: "https://www.nordlicht-analytics.example/",
  capturedAt: 5,
  extractor: "site-research",
  extractorVersion: "1",
};

function siteCompany(overrides: Partial<Company> = {}): Company {
  return {
    id: "site",
    name: "Nordlicht Analytics",
    domain: "nordlicht-analytics.example",
    founded: 2019,
    technologies: ["HubSpot"],
    sources: { founded: provenance, technologies: provenance },
    history: [],
    createdAt: 10,
    updatedAt: 10,
    ...overrides,
  };
}

test("a website record merged into the LinkedIn record keeps both sides' values and every link", async () => {
  db = freshDatabase();
  const { personId = "" } = await storeCapture(db, personCapture());
  const linkedInId = (await db.people.get(personId))?.companyId ?? "";
  await db.companies.add(siteCompany());
  await db.signals.add({ id: "s", type: "funding", companyId: "site", summary: "Raised €12M", date: 1, provenance });
  await db.facts.add({
    id: "f",
    companyId: "site",
    text: "Uses HubSpot",
    selected: false,
    origin: "suggested",
    createdAt: 1,
  });

  const merged = await mergeCompanies(db, linkedInId, "site", 99);

  expect(await db.companies.count()).toBe(1);
  expect(merged.name).toBe("Nordlicht Analytics GmbH");
  expect(merged.linkedinUrl).toBe("https://www.linkedin.com/company/nordlicht-analytics/");
  expect(merged.domain).toBe("nordlicht-analytics.example");
  expect(merged.founded).toBe(2019);
  expect(merged.sources.founded).toEqual(provenance);
  expect(merged.updatedAt).toBe(99);
  expect((await db.signals.get("s"))?.companyId).toBe(linkedInId);
  expect((await db.facts.get("f"))?.companyId).toBe(linkedInId);
  expect((await db.people.get(personId))?.companyId).toBe(linkedInId);
});

test("merging into itself or into a missing company changes nothing", async () => {
  db = freshDatabase();
  await db.companies.add(siteCompany());
  await expect(mergeCompanies(db, "site", "site")).rejects.toThrow("itself");
  await expect(mergeCompanies(db, "site", "gone")).rejects.toThrow("no longer exists");
  expect(await db.companies.get("site")).toEqual(siteCompany());
});
