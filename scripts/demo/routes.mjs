// The built-in demo: sample pages of fictional people and companies, served at
// real-looking addresses inside the launched browser, so the whole flow works
// without a LinkedIn account and without any network.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const here = import.meta.dirname;
const html = "text/html";

/** Address → file (and content type) of every demo page. */
export const demoPages = [
  { url: "https://www.linkedin.com/in/lena-hoffmann-demo/", file: "pages/linkedin-profile-lena.html", type: html },
  { url: "https://www.linkedin.com/in/jonas-weber-demo/", file: "pages/linkedin-profile-jonas.html", type: html },
  {
    url: "https://www.linkedin.com/company/nordlicht-analytics/",
    file: "pages/linkedin-company-nordlicht.html",
    type: html,
  },
  { url: "https://www.nordlicht-analytics.example/", file: "site/index.html", type: html },
  { url: "https://www.nordlicht-analytics.example/ueber-uns", file: "site/ueber-uns.html", type: html },
  { url: "https://www.nordlicht-analytics.example/karriere", file: "site/karriere.html", type: html },
  { url: "https://www.nordlicht-analytics.example/preise", file: "site/preise.html", type: html },
  { url: "https://www.nordlicht-analytics.example/presse/series-a", file: "site/presse-series-a.html", type: html },
  // Declared in its own <meta> as windows-1252, as many older German sites are.
  { url: "https://www.nordlicht-analytics.example/impressum", file: "site/impressum.html", type: html },
  { url: "https://www.nordlicht-analytics.example/intern/wiki", file: "site/ueber-uns.html", type: html },
  { url: "https://www.nordlicht-analytics.example/robots.txt", file: "site/robots.txt", type: "text/plain" },
  // A second company whose careers page only links to its job board on Greenhouse, another site.
  { url: "https://www.kranich-robotik.example/", file: "kranich/index.html", type: html },
  { url: "https://www.kranich-robotik.example/karriere", file: "kranich/karriere.html", type: html },
  { url: "https://boards.greenhouse.io/kranichrobotik", file: "kranich/greenhouse-board.html", type: html },
  // A third company whose careers page embeds its board from Ashby, which renders in the browser.
  { url: "https://www.moewe-logistik.example/", file: "moewe/index.html", type: html },
  { url: "https://www.moewe-logistik.example/karriere", file: "moewe/karriere.html", type: html },
  { url: "https://jobs.ashbyhq.com/moewelogistik", file: "moewe/ashby-board.html", type: html },
  // A fourth whose board on Workable also renders in the browser, from a feed of openings on the same host.
  { url: "https://www.seeadler-software.example/", file: "seeadler/index.html", type: html },
  { url: "https://www.seeadler-software.example/careers", file: "seeadler/careers.html", type: html },
  { url: "https://apply.workable.com/seeadler-software/", file: "seeadler/workable-board.html", type: html },
  {
    url: "https://apply.workable.com/api/v1/widget/accounts/seeadler-software",
    file: "seeadler/workable-feed.json",
    type: "application/json",
  },
];

/** The tabs `npm start` opens. */
export const demoStartPages = [
  "https://www.linkedin.com/in/lena-hoffmann-demo/",
  "https://www.linkedin.com/company/nordlicht-analytics/",
  "https://www.nordlicht-analytics.example/",
];

const byUrl = new Map(demoPages.map((page) => [page.url, page]));
const demoHosts =
  /^https:\/\/(www\.linkedin\.com|www\.nordlicht-analytics\.example|www\.kranich-robotik\.example|boards\.greenhouse\.io|www\.moewe-logistik\.example|jobs\.ashbyhq\.com|www\.seeadler-software\.example|apply\.workable\.com)\//;

// The demo company's site sits behind a CDN, which research reads from the response headers.
const nordlichtHeaders = { server: "cloudflare", "cf-ray": "8e1f2a3b4c5d6e7f-HAM", "cf-cache-status": "DYNAMIC" };

/** The demo's answer for an address: status, content type, headers and body (404 for anything else). */
export function demoResponse(address) {
  const url = new URL(address);
  url.search = "";
  url.hash = "";
  const page = byUrl.get(url.href) ?? byUrl.get(url.href.replace(/\/$/, "")) ?? byUrl.get(`${url.href}/`);
  if (!page) return { status: 404, contentType: html, headers: {}, body: Buffer.from("<h1>Not part of the demo</h1>") };
  const headers = url.hostname === "www.nordlicht-analytics.example" ? nordlichtHeaders : {};
  return { status: 200, contentType: page.type, headers, body: readFileSync(resolve(here, page.file)) };
}

/** Serves every demo page to the browser's tabs at its address. */
export async function routeDemoPages(context) {
  await context.route(demoHosts, (route) => route.fulfill(demoResponse(route.request().url())));
}
