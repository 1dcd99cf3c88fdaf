// Website research figures: a 10-page research of the local demo site through the
// extension, long tasks on the researched page meanwhile, and the cost of the page
// extractors relative to Readability alone on the same pages.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { readTable } from "../corpus/read-table.mjs";
import { demoPages, demoResponse } from "../demo/routes.mjs";
import { findBrowser, launchWithExtension } from "../lib/browser.mjs";
import { startSiteServer } from "../lib/site-server.mjs";
import { bundleSource, injectScript } from "./bundle.mjs";

const root = resolve(import.meta.dirname, "../..");
const site = "https://www.nordlicht-analytics.example/";
const extraPaths = ["team", "kunden", "blog", "news", "jobs", "about"];

/** The demo site with more key pages, so a research reaches its 10-page limit. */
function benchResponse(address) {
  const url = new URL(address);
  const extra = extraPaths.find((path) => url.pathname === `/${path}`);
  if (extra) return demoResponse(`${site}ueber-uns`);
  if (url.pathname === "/") {
    const home = demoResponse(site);
    const links = extraPaths.map((path) => `<a href="/${path}">${path}</a>`).join(" ");
    return { ...home, body: Buffer.from(home.body.toString("utf8").replace("</footer>", `${links}</footer>`)) };
  }
  return demoResponse(address);
}

async function timeResearch() {
  const server = await startSiteServer(["www.nordlicht-analytics.example"], benchResponse);
  const session = await launchWithExtension({ grantedHosts: [`${site}*`], args: server.browserArgs });
  try {
    await session.context.route(/^https:\/\/www\.nordlicht-analytics\.example\//, (route) =>
      route.fulfill(benchResponse(route.request().url())),
    );
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(site);
    await page.waitForTimeout(500);
    const before = await page.evaluate(() => window.__longTasks.length);
    const panel = await session.context.newPage();
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    await panel.getByRole("button", { name: "Research this site" }).click();
    let run;
    for (let waited = 0; waited < 30_000; waited += 100) {
      [run] = await readTable(panel, "researchRuns");
      if (run && run.state !== "running") break;
      await panel.waitForTimeout(100);
    }
    const during = await page.evaluate((skip) => window.__longTasks.slice(skip), before);
    return {
      pages: run?.pages.length,
      pagesRead: run?.pages.filter((p) => p.state === "done").length,
      totalMs: run?.finishedAt && run.startedAt ? run.finishedAt - run.startedAt : undefined,
      budgetMs: 3000,
      hostPageLongTasks: { count: during.length, maxMs: Math.max(0, ...during) },
    };
  } finally {
    await session.close();
    await server.close();
  }
}

/** The company-site pages of ../shared/corpus, when present: measured in place, never copied. */
function corpusSitePages() {
  const dir = resolve(root, "../shared/corpus");
  if (!existsSync(resolve(dir, "expected.json"))) return [];
  const expected = JSON.parse(readFileSync(resolve(dir, "expected.json"), "utf8"));
  return Object.entries(expected)
    .filter(([file, entry]) => file.startsWith("company-site/") && entry.url)
    .map(([file, entry]) => ({ set: "corpus", url: entry.url, path: resolve(dir, file) }));
}

/**
 * Research of one page against Readability alone on it, as the offscreen document runs research:
 * each page parsed with DOMParser, research given the document and the markup it was parsed from,
 * in one long-lived page whose code has already read every page once (the offscreen document stays
 * open across pages and researches). That page is cross-origin isolated, so its timer resolves
 * 5 µs rather than 100 µs: the small pages take well under a millisecond.
 */
async function extractorCost() {
  const script = await bundleSource(`import { Readability } from "@mozilla/readability";
    import { decodeHtml } from "./lib/research/encoding";
    import { researchPage } from "./lib/research/research-page";
    window.__decode = (base64) => decodeHtml(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)), "text/html");
    window.__readability = (doc) => new Readability(doc.cloneNode(true)).parse();
    window.__research = (doc, url, markup) => researchPage(doc, url, { markup });`);
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const page = await browser.newPage();
  await page.route("https://bench.example/", (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html",
      headers: { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" },
      body: "<!doctype html><title>Extraction bench</title>",
    }),
  );
  await page.goto("https://bench.example/");
  await injectScript(page, script);
  const demo = demoPages
    .filter((p) => p.url.startsWith(site) && p.type === "text/html")
    .map((p) => ({ set: "demo", url: p.url, path: resolve(root, "scripts/demo", p.file) }));
  const pages = [...demo, ...corpusSitePages()].map(({ set, url, path }) => ({
    set,
    url,
    base64: readFileSync(path).toString("base64"),
  }));
  const measured = await page.evaluate((pages) => {
    const parser = new DOMParser();
    const parsed = pages.map(({ url, base64 }) => {
      const markup = window.__decode(base64);
      return { url, markup, doc: parser.parseFromString(markup, "text/html") };
    });
    const median = (run) => {
      const times = [];
      for (let i = 0; i < 15; i++) {
        const start = performance.now();
        run();
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[7];
    };
    for (const { url, markup, doc } of parsed) {
      window.__readability(doc);
      window.__research(doc, url, markup);
    }
    return {
      isolated: crossOriginIsolated,
      pages: parsed.map(({ url, markup, doc }) => ({
        page: url,
        readabilityMs: median(() => window.__readability(doc)),
        researchMs: median(() => window.__research(doc, url, markup)),
      })),
    };
  }, pages);
  await browser.close();
  const results = measured.pages.map((result, i) => ({ ...result, set: pages[i].set }));
  const ratio = (set) => {
    const of = results.filter((r) => r.set === set);
    const sum = (key) => of.reduce((total, r) => total + r[key], 0);
    return of.length ? round(sum("researchMs") / sum("readabilityMs")) : undefined;
  };
  // The sums weigh large pages most; page by page, small pages and articles fare worse.
  const pageRatios = (set) => {
    const ratios = results
      .filter((r) => r.set === set)
      .map((r) => r.researchMs / r.readabilityMs)
      .sort((a, b) => a - b);
    if (ratios.length === 0) return undefined;
    return {
      median: round(ratios[Math.floor(ratios.length / 2)]),
      max: round(ratios.at(-1)),
      withinBudget: `${ratios.filter((r) => r <= 1.5).length}/${ratios.length}`,
    };
  };
  return {
    timerResolutionMs: measured.isolated ? 0.005 : 0.1,
    pages: results.map((r) => ({
      ...r,
      readabilityMs: round(r.readabilityMs, 3),
      researchMs: round(r.researchMs, 3),
      ratio: round(r.researchMs / r.readabilityMs),
    })),
    ratioToReadability: { demoSite: ratio("demo"), corpusSites: ratio("corpus") },
    ratioPerPage: { demoSite: pageRatios("demo"), corpusSites: pageRatios("corpus") },
    ratioBudget: 1.5,
  };
}

const round = (n, places = 2) => Math.round(n * 10 ** places) / 10 ** places;

export async function benchResearch() {
  return { research: await timeResearch(), extraction: await extractorCost() };
}
