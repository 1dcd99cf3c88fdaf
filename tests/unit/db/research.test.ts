import { afterEach, expect, test } from "vitest";
import { finishResearchRun, type ProspectDatabase, startResearchRun, storeCapture } from "@/lib/db";
import { mergeResearch } from "@/lib/research/merge";
import { researchPage } from "@/lib/research/research-page";
import { freshDatabase, personCapture } from "./helpers";

let db: ProspectDatabase;
afterEach(async () => {
  await db?.delete();
});

const home = "https://www.nordlicht-analytics.example/";
const page = `<!doctype html><html lang="de"><head><title>Nordlicht Analytics</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Nordlicht Analytics","legalName":"Nordlicht Analytics GmbH","foundingDate":"2019","sameAs":["https://www.linkedin.com/company/nordlicht-analytics/"]}</script>
</head><body><main><h1>Nordlicht Analytics</h1>
<p>Hamburg, 9. September 2026 – Nordlicht Analytics hat in einer Series-A-Finanzierungsrunde 12 Mio. € eingesammelt.</p>
</main></body></html>`;

function research() {
  return mergeResearch([researchPage(new DOMParser().parseFromString(page, "text/html"), home)]);
}

test("a finished research joins the LinkedIn company of the same name and URL, with dated signals", async () => {
  db = freshDatabase();
  const { personId } = await storeCapture(db, personCapture());
  const linked = (await db.people.get(personId ?? ""))?.companyId;
  const run = await startResearchRun(db, home, "nordlicht-analytics.example", 1000);
  const pages = [{ url: home, kind: "home", state: "done" as const }];
  const finished = await finishResearchRun(db, run, { pages, research: research(), cancelled: false }, 2000);

  expect(finished.state).toBe("done");
  expect(finished.companyId).toBe(linked);
  const company = await db.companies.get(linked ?? "");
  expect(company?.domain).toBe("nordlicht-analytics.example");
  expect(company?.website).toBe("https://www.nordlicht-analytics.example");
  expect(company?.founded).toBe(2019);
  expect(company?.sources.founded?.extractor).toBe("site-research");
  const signals = await db.signals
    .where("companyId")
    .equals(linked ?? "")
    .toArray();
  expect(signals.some((signal) => signal.type === "funding")).toBe(true);
  expect(signals.every((signal) => signal.provenance.sourceUrl.startsWith(home))).toBe(true);
  expect((await db.researchRuns.get(run.id))?.result?.company.legalName).toBe("Nordlicht Analytics GmbH");
});

test("researching the same site twice stores its signals once", async () => {
  db = freshDatabase();
  for (const at of [1000, 2000]) {
    const run = await startResearchRun(db, home, "nordlicht-analytics.example", at);
    await finishResearchRun(db, run, { pages: [], research: research(), cancelled: false }, at);
  }
  expect(await db.companies.count()).toBe(1);
  const summaries = (await db.signals.toArray()).map((signal) => signal.summary);
  expect(new Set(summaries).size).toBe(summaries.length);
});

test("a cancelled research keeps what it found", async () => {
  db = freshDatabase();
  const run = await startResearchRun(db, home, "nordlicht-analytics.example");
  const finished = await finishResearchRun(db, run, { pages: [], research: research(), cancelled: true });
  expect(finished.state).toBe("cancelled");
  expect(await db.companies.count()).toBe(1);
});

test("a site's head count and headline fill gaps in the company record but never replace LinkedIn's", async () => {
  db = freshDatabase();
  const site = research();
  site.company.tagline = "Umsatzprognosen, denen Ihr Vorstand vertraut";
  site.company.employeeHints = [{ text: "über 140 Mitarbeitende", min: 140 }];
  site.company.customers = ["Kranich Robotik", "Möwe Logistik"];
  const first = await startResearchRun(db, home, "nordlicht-analytics.example", 1000);
  const { companyId } = await finishResearchRun(db, first, { pages: [], research: site, cancelled: false }, 1000);
  const filled = await db.companies.get(companyId ?? "");
  expect(filled).toMatchObject({ sizeBand: "51-200", tagline: "Umsatzprognosen, denen Ihr Vorstand vertraut" });
  expect(filled?.customers).toEqual(["Kranich Robotik", "Möwe Logistik"]);
  expect(filled?.departmentCounts).toBeUndefined();

  // LinkedIn's own words, then a second research of the site.
  await db.companies.update(companyId ?? "", { sizeBand: "201-500 employees", tagline: "Revenue forecasting" });
  const second = await startResearchRun(db, home, "nordlicht-analytics.example", 2000);
  await finishResearchRun(db, second, { pages: [], research: site, cancelled: false }, 2000);
  expect(await db.companies.get(companyId ?? "")).toMatchObject({
    sizeBand: "201-500 employees",
    tagline: "Revenue forecasting",
  });
});
