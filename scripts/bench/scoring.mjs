// Scoring 10,000 fictional prospects: pure (lib/scoring bundled and run in Node, first run
// and warm) and rescore + persist into Chromium's IndexedDB from an extension page, the way
// activating an ICP does it. Prints figures only, never fails. All prospects are invented.
import { loadavg } from "node:os";
import { launchWithExtension } from "../lib/browser.mjs";
import { bundleSource } from "./bundle.mjs";
import { fictionalProspects } from "./sidepanel-data.mjs";

const count = 10_000;
const day = 86_400_000;
const round = (n) => Math.round(n * 10) / 10;
const pick = (list, i) => list[i % list.length];

const industries = [
  "Software Development",
  "IT Services and IT Consulting",
  "Softwareentwicklung",
  "Machinery Manufacturing",
  "Retail",
  "Hospitals and Health Care",
  "Financial Services",
];
const sizes = ["2-10 employees", "11-50 employees", "51-200 employees", "201-500 employees", "1,001-5,000 employees"];
const places = ["Hamburg, Germany", "Wien, Österreich", "Zürich, Schweiz", "Amsterdam, Netherlands", "London, UK"];
const stacks = [["HubSpot", "Slack"], ["Salesforce"], ["Pipedrive", "Notion"], []];

/** The side panel bench's prospects, with companies filled in so every ICP layer has data. */
function scoringData(now) {
  const data = fictionalProspects(count, now);
  const companies = data.companies.map((company, i) => {
    const source = {
      sourceUrl: `https://www.linkedin.com/company/fictional-${i}/`,
      capturedAt: now,
      extractor: "bench",
      extractorVersion: "1",
    };
    return {
      ...company,
      linkedinUrl: source.sourceUrl,
      industry: pick(industries, i),
      sizeBand: pick(sizes, i),
      headquarters: pick(places, i),
      technologies: pick(stacks, i),
      jobTitles: i % 3 === 0 ? ["Account Executive DACH", "Senior Backend Engineer"] : undefined,
      sources: { industry: source, sizeBand: source, headquarters: source, jobTitles: source },
    };
  });
  return { ...data, companies };
}

/** The DACH SaaS template plus a hiring and a tech-stack criterion: seven criteria, all layers. */
function benchIcp(lib, now) {
  const icp = lib.icpFromTemplate(lib.findTemplate("b2b-saas-dach"), now);
  const extra = [
    { id: "hiring", kind: "hiring", department: "sales", importance: { kind: "weight", weight: 3 } },
    {
      id: "stack",
      kind: "technology",
      mode: "any",
      technologies: ["HubSpot"],
      importance: { kind: "weight", weight: 2 },
    },
  ];
  return { ...icp, criteria: [...icp.criteria, ...extra] };
}

function prospectsOf({ people, companies, signals }) {
  const byCompany = new Map(companies.map((company) => [company.id, company]));
  const signalsOf = (person) =>
    signals.filter((signal) => signal.personId === person.id || signal.companyId === person.companyId);
  return people.map((person) => ({ person, company: byCompany.get(person.companyId), signals: signalsOf(person) }));
}

/** First run (fresh module: cold caches and JIT) and warm runs of one way of scoring the list. */
function timeScoring(lib, prospects, now, scoreAll) {
  const time = () => {
    // A fresh ICP object each run: criteria are compiled per ICP, as after an edit.
    const icp = benchIcp(lib, now);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const results = scoreAll(prospects, icp);
    const { user, system } = process.cpuUsage(cpu);
    // CPU time as well as wall time: on a busy machine the wall clock mostly measures waiting.
    return { ms: performance.now() - start, cpuMs: (user + system) / 1000, results };
  };
  const first = time();
  const warm = Array.from({ length: 10 }, () => time()).sort((a, b) => a.ms - b.ms);
  const tiers = {};
  for (const result of first.results) tiers[result.tier] = (tiers[result.tier] ?? 0) + 1;
  return {
    firstRunMs: round(first.ms),
    firstRunCpuMs: round(first.cpuMs),
    warmMedianMs: round(warm[5].ms),
    warmMedianCpuMs: round(warm[5].cpuMs),
    warmMaxMs: round(warm[9].ms),
    tiers,
  };
}

/** scoreSummary is what rescoring stores; scoreMany also builds every explanation, as a list view would. */
async function measurePure(data, now) {
  const code = await bundleSource(
    'export { scoreMany, scoreSummary } from "./lib/scoring/score"; export { findTemplate, icpFromTemplate } from "./lib/icp/templates";',
    { format: "esm" },
  );
  const lib = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  const prospects = prospectsOf(data);
  const summaries = (list, icp) =>
    list.map(({ person, company, signals }) => lib.scoreSummary(person, company, icp, signals, now));
  return {
    prospects: count,
    summary: timeScoring(lib, prospects, now, summaries),
    withExplanations: timeScoring(lib, prospects, now, (list, icp) => lib.scoreMany(list, icp, now)),
  };
}

/** Seeds a database of its own in the extension's origin, then times rescoreAll twice (two ICPs). */
async function measurePersisted(data, now) {
  const code = await bundleSource(
    `import { openDatabase } from "./lib/db/database";
     import { saveIcp } from "./lib/db/icps";
     import { rescoreAll } from "./lib/db/rescore";
     import { findTemplate, icpFromTemplate } from "./lib/icp/templates";
     globalThis.__scoringBench = { openDatabase, saveIcp, rescoreAll, findTemplate, icpFromTemplate };`,
  );
  const session = await launchWithExtension();
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    // Evaluated through the debugger protocol, which the page's CSP does not block; Zod's eval
    // probe passes there too, so its JIT would then hit the CSP: switch it off first.
    await page.evaluate(() => {
      globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };
    });
    await page.evaluate(code);
    for (const [table, rows] of Object.entries({
      companies: data.companies,
      signals: data.signals,
      people: data.people,
    })) {
      for (let start = 0; start < rows.length; start += 2000) {
        const chunk = rows.slice(start, start + 2000);
        await page.evaluate(({ table, chunk }) => __scoringBench.openDatabase("bench-scoring")[table].bulkPut(chunk), {
          table,
          chunk,
        });
      }
    }
    return await page.evaluate(
      async ({ now, day }) => {
        const { openDatabase, saveIcp, rescoreAll, findTemplate, icpFromTemplate } = __scoringBench;
        const db = openDatabase("bench-scoring");
        const run = async (templateId, at) => {
          await saveIcp(db, icpFromTemplate(findTemplate(templateId), at));
          let batches = 0;
          const start = performance.now();
          await rescoreAll(db, { now: at, onProgress: () => batches++ });
          return { ms: Math.round(performance.now() - start), batches: batches - 1 };
        };
        const first = await run("b2b-saas-dach", now);
        const second = await run("funded-startups-eu", now + day);
        // The floor: writing the same 10,000 records back unchanged, with no scoring at all.
        const people = await db.people.toArray();
        const start = performance.now();
        await db.people.bulkPut(people);
        const persistFloorMs = Math.round(performance.now() - start);
        return {
          prospects: people.length,
          firstRunMs: first.ms,
          secondIcpMs: second.ms,
          batches: first.batches,
          persistFloorMs,
        };
      },
      { now, day },
    );
  } finally {
    await session.close();
  }
}

export async function measureScoring() {
  const now = Date.UTC(2026, 5, 1);
  const data = scoringData(now);
  return {
    // Figures scale with other work on the machine: the one-minute load average, for context.
    loadAverage: round(loadavg()[0]),
    pure: { ...(await measurePure(data, now)), budgetMs: 200 },
    rescoreAndPersist: { ...(await measurePersisted(data, now)), budgetMs: 2000 },
  };
}
