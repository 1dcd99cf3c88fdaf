// npm run bench: the budgets of design.md, measured and printed as JSON.
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { injectScript } from "./bench/bundle.mjs";
import { measureBundles } from "./bench/bundles.mjs";
import { captureBundle, corpusPages, fixturePages, largeProfilePage, timeCapture } from "./bench/capture.mjs";
import { measureDashboard } from "./bench/dashboard.mjs";
import { measureLongTasks } from "./bench/long-tasks.mjs";
import { benchResearch } from "./bench/research.mjs";
import { measureScoring } from "./bench/scoring.mjs";
import { measureSidePanel } from "./bench/sidepanel.mjs";
import { extensionDir, findBrowser } from "./lib/browser.mjs";

const figures = { measuredAt: new Date().toISOString() };
figures.size = measureBundles(extensionDir, resolve(extensionDir, ".."));

const bigPage = {
  name: "generated-2mb-profile",
  url: "https://www.linkedin.com/in/lena-hoffmann-demo/",
  html: largeProfilePage(2 * 1024 * 1024),
};
const pages = [...fixturePages(), ...corpusPages(), bigPage];
const script = await captureBundle();
const browser = await chromium.launch({
  executablePath: findBrowser(),
  headless: true,
  args: ["--no-sandbox", "--disable-gpu"],
});
// Real pages carry strict CSP and Trusted Types; the measuring script must still load.
const context = await browser.newContext({ bypassCSP: true });
figures.capture = [];
for (const { name, url, html } of pages) {
  const page = await context.newPage();
  await page.route("**/*", (route) =>
    route.request().url() === url
      ? route.fulfill({ status: 200, contentType: "text/html", body: html })
      : route.abort(),
  );
  await page.goto(url);
  await injectScript(page, script);
  figures.capture.push({ page: name, bytes: html.length, ...(await timeCapture(page, url)) });
  await page.close();
}
await browser.close();
figures.captureBudgetMs = 15;
figures.longTasks = await measureLongTasks(bigPage);
figures.scoring = await measureScoring();
figures.sidePanel = await measureSidePanel();
Object.assign(figures, await benchResearch());

figures.dashboard = await measureDashboard();
console.log(JSON.stringify(figures, null, 2));
