import { chromium } from "playwright-core";
import { expect, test } from "vitest";
import { bundleSource } from "../../scripts/bench/bundle.mjs";
import { findBrowser } from "../../scripts/lib/browser.mjs";
import { projectFile } from "./harness";

declare global {
  interface Window {
    readPageIn?: (html: string, url: string, inertBusy: boolean) => { reading: string; copies: number; left: number };
  }
}

// Chromium's own inert template document, not a stand-in: the page is read there as it
// would be from a clone, with the page's many style sheets never parsed a second time.
test("Readability's copy of a page lives in Chromium's inert document and reads like a clone", async () => {
  const script = await bundleSource(`import { readPage } from "./lib/research/page";
    window.readPageIn = (html, url, inertBusy) => {
      const doc = new DOMParser().parseFromString(html, "text/html");
      const inert = doc.createElement("template").content.ownerDocument;
      // A document already in use there makes readPage clone the page instead.
      const busy = inertBusy ? inert.appendChild(inert.createElement("html")) : undefined;
      let copies = 0;
      const append = inert.appendChild.bind(inert);
      inert.appendChild = (node) => { copies++; return append(node); };
      const reading = JSON.stringify(readPage(doc, url));
      busy?.remove();
      return { reading, copies, left: inert.childNodes.length };
    };`);
  const styles = Array.from({ length: 200 }, (_, i) => `<style>.c${i} { margin: ${i}px }</style>`).join("");
  const html = projectFile("tests/fixtures/site/press-funding-en/source.html").replace("</head>", `${styles}</head>`);
  const url = "https://www.brightwave.example/press/series-a";
  const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: script });
    const read = (inertBusy: boolean) =>
      page.evaluate(({ html, url, inertBusy }) => window.readPageIn?.(html, url, inertBusy), { html, url, inertBusy });
    const inert = await read(false);
    const cloned = await read(true);
    expect(inert?.copies).toBe(1);
    expect(cloned?.copies).toBe(0);
    expect(inert?.left).toBe(0);
    expect(inert?.reading).toBe(cloned?.reading);
    expect(JSON.parse(inert?.reading ?? "{}").mainLines.length).toBeGreaterThan(3);
  } finally {
    await browser.close();
  }
});
