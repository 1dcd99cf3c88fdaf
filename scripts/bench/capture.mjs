// Main-thread time of a LinkedIn capture in Chromium: the extractor code the content
// script runs, bundled on its own and timed on each page at its real address.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { bundleSource } from "./bundle.mjs";

const root = resolve(import.meta.dirname, "../..");

/** The capture entry point as a script that defines window.__captureLinkedInPage. */
export async function captureBundle() {
  return bundleSource(
    'import { captureLinkedInPage } from "./lib/capture/registry"; window.__captureLinkedInPage = captureLinkedInPage;',
  );
}

/** Project fixtures of LinkedIn pages: {name, url, html}. */
export function fixturePages() {
  const pages = [];
  for (const dir of ["tests/fixtures/linkedin-profile", "tests/fixtures/linkedin-company"]) {
    const base = join(root, dir);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      const expected = JSON.parse(readFileSync(join(base, name, "expected.json"), "utf8"));
      pages.push({
        name: `${dir.split("/").at(-1)}/${name}`,
        url: expected.url,
        html: readFileSync(join(base, name, "source.html"), "utf8"),
      });
    }
  }
  return pages;
}

/** The real LinkedIn pages of ../shared/corpus, when present: measured in place, never copied. */
export function corpusPages() {
  const dir = join(root, "../shared/corpus");
  if (!existsSync(join(dir, "expected.json"))) return [];
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
  return Object.entries(expected)
    .filter(([file, entry]) => file.startsWith("linkedin-") && entry.url)
    .map(([file, entry]) => ({ name: `corpus/${file}`, url: entry.url, html: readFileSync(join(dir, file), "utf8") }));
}

/** A logged-in-sized profile page: the demo profile padded with feed-like noise to `bytes`. */
export function largeProfilePage(bytes) {
  const html = readFileSync(join(root, "scripts/demo/pages/linkedin-profile-lena.html"), "utf8");
  const card = (i) =>
    `<li class="feed-item"><a href="https://www.linkedin.com/in/member-${i}/"><span>Member ${i}</span></a><p>Posted an update about pipeline reviews, forecasting and quarterly planning number ${i}.</p><code style="display:none">{"entityUrn":"urn:li:fsd_profile:${i}","firstName":"Member","lastName":"${i}"}</code></li>`;
  let padding = "";
  for (let i = 0; padding.length < bytes - html.length; i++) padding += card(i);
  return html.replace("</body>", `<aside><ul>${padding}</ul></aside></body>`);
}

/** Median and max of `runs` timed captures of the current page. */
export async function timeCapture(page, url, runs = 15) {
  return page.evaluate(
    ({ url, runs }) => {
      const times = [];
      let found;
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        const capture = window.__captureLinkedInPage(document, url);
        times.push(performance.now() - start);
        found = capture?.health?.found ? Object.keys(capture.health.found).length : 0;
      }
      times.sort((a, b) => a - b);
      const round = (n) => Math.round(n * 100) / 100;
      return { medianMs: round(times[Math.floor(times.length / 2)]), maxMs: round(times.at(-1)), fieldsFound: found };
    },
    { url, runs },
  );
}
