import { chromium } from "playwright-core";
import { expect, test } from "vitest";
import { bundleSource } from "../../scripts/bench/bundle.mjs";
import { findBrowser } from "../../scripts/lib/browser.mjs";

declare global {
  interface Window {
    researchIn?: (html: string, url: string) => { jobs: number; people: number; plans: number; failed: string[] };
  }
}

/** Research of one generated page in Chromium, as the offscreen document runs it. */
async function research(body: string, url: string) {
  const script = await bundleSource(`import { researchPage } from "./lib/research/research-page";
    window.researchIn = (html, url) => {
      const result = researchPage(new DOMParser().parseFromString(html, "text/html"), url, { markup: html });
      const plans = result.company.pricing?.plans.length ?? 0;
      return { jobs: result.jobs.length, people: result.people.length, plans, failed: result.status.failed };
    };`);
  const html = `<!doctype html><title>Kranwerk</title><body>${body}</body>`;
  const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: script });
    return await page.evaluate(({ html, url }) => window.researchIn?.(html, url), { html, url });
  } finally {
    await browser.close();
  }
}

const many = (count: number, item: (index: number) => string) =>
  Array.from({ length: count }, (_, i) => item(i)).join("");

// In Chromium, not the test DOM: asking a list for all its items once per item is quadratic there
// (a careers page of 20,000 ads took 12 s, one of 40,000 four times that), and only the real DOM
// shows it. The timeouts guard against that; how fast research is, `npm run bench` measures.
test("a careers page with 40,000 job links is read in one pass, not once per link", { timeout: 20_000 }, async () => {
  const ads = many(40_000, (i) => `<li><a href="/jobs/${i}">Elektroniker/-in (m/w/d) ${i}</a></li>`);
  const result = await research(`<h2>Offene Stellen</h2><ul>${ads}</ul>`, "https://www.kranwerk.example/karriere");
  expect(result?.failed).toEqual([]);
  expect(result?.jobs).toBeGreaterThan(0);
});

test("a team page with 40,000 cards finds each card without counting the whole list", { timeout: 20_000 }, async () => {
  const cards = many(40_000, (i) => `<li><h3>Anna Berg${"x".repeat(i % 7)}</h3><p>Head of Sales</p></li>`);
  const result = await research(`<h1>Team</h1><ul>${cards}</ul>`, "https://www.kranwerk.example/team");
  expect(result?.failed).toEqual([]);
  expect(result?.people).toBeGreaterThan(0);
});

test("a pricing page with 40,000 priced blocks never compares each block with every other", {
  timeout: 20_000,
}, async () => {
  const blocks = many(
    40_000,
    (i) => `<div><h3>Plan ${i % 9}</h3><p>19 € / Monat</p><div class="plan-name">Extra</div><p>5 € / Monat</p></div>`,
  );
  const result = await research(`<h1>Preise</h1>${blocks}`, "https://www.kranwerk.example/preise");
  expect(result?.failed).toEqual([]);
  expect(result?.plans).toBeGreaterThan(0);
});

test("a news page with 20,000 undated post cards finds each card's list once, not once per card", {
  timeout: 20_000,
}, async () => {
  const cards = many(
    20_000,
    (i) =>
      `<article><span class="post-date">04/0${1 + (i % 9)}/2025</span><h2><a href="/news/${i}">Neue Lagerhalle am Hafen ${i}</a></h2></article>`,
  );
  const result = await research(cards, "https://www.kranwerk.example/news");
  expect(result?.failed).toEqual([]);
});

test("a pricing page with 20,000 long headings beside priced plans never compares each with every other", {
  timeout: 20_000,
}, async () => {
  const grid = (i: number) =>
    `<div class="grid"><div><h3>Der Tarif für wachsende Teams ${i}</h3><p>49 € / Monat</p></div><div><h3>Pro</h3><p>99 € / Monat</p></div></div>`;
  const result = await research(`<h1>Preise</h1>${many(10_000, grid)}`, "https://www.kranwerk.example/preise");
  expect(result?.failed).toEqual([]);
  expect(result?.plans).toBeGreaterThan(0);
});
