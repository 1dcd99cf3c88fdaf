// Long tasks (> 50 ms) on a LinkedIn page with and without the extension: the
// difference is what the extension adds to the host page's main thread.
import { chromium } from "playwright-core";
import { findBrowser, launchWithExtension } from "../lib/browser.mjs";

async function observe(context, { url, html }) {
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(url);
  // The content script settles after a quiet spell, then captures: wait past it.
  await page.waitForTimeout(4000);
  const durations = await page.evaluate(() => window.__longTasks);
  await page.close();
  return { count: durations.length, maxMs: Math.max(0, ...durations) };
}

export async function measureLongTasks(page) {
  const withExtension = await launchWithExtension();
  const on = await observe(withExtension.context, page);
  await withExtension.close();
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const context = await browser.newContext();
  await context.route(/^https?:\/\//, (route) => route.abort());
  const off = await observe(context, page);
  await browser.close();
  return { page: page.name, withExtension: on, withoutExtension: off };
}
