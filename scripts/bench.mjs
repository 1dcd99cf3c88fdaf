// npm run bench: the budgets of design.md, measured and printed as JSON.
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { measureBundles } from "./bench/bundles.mjs";
import { captureBundle, fixturePages, largeProfilePage, timeCapture } from "./bench/capture.mjs";
import { measureLongTasks } from "./bench/long-tasks.mjs";
import { extensionDir, findBrowser } from "./lib/browser.mjs";

const figures = { measuredAt: new Date().toISOString() };
figures.size = measureBundles(extensionDir, resolve(extensionDir, ".."));

const bigPage = {
  name: "generated-2mb-profile",
  url: "https://www.linkedin.com/in/lena-hoffmann-demo/",
  html: largeProfilePage(2 * 1024 * 1024),
};
const pages = [...fixturePages(), bigPage];
const script = await captureBundle();
const browser = await chromium.launch({
  executablePath: findBrowser(),
  headless: true,
  args: ["--no-sandbox", "--disable-gpu"],
});
const context = await browser.newContext();
figures.capture = [];
for (const { name, url, html } of pages) {
  const page = await context.newPage();
  await page.route("**/*", (route) =>
    route.request().url() === url
      ? route.fulfill({ status: 200, contentType: "text/html", body: html })
      : route.abort(),
  );
  await page.goto(url);
  await page.addScriptTag({ content: script });
  figures.capture.push({ page: name, bytes: html.length, ...(await timeCapture(page, url)) });
  await page.close();
}
await browser.close();
figures.captureBudgetMs = 15;
figures.longTasks = await measureLongTasks(bigPage);

console.log(JSON.stringify(figures, null, 2));
