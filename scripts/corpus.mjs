// npm run corpus: serves each real page of ../shared/corpus (or --dir DIR) at its address in Chromium
// with the built extension, lets the extension capture it as in a user's browser, and
// prints field-level accuracy against expected.json (JSON with --json).
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { mapCompany, mapPerson, matchRecord } from "./corpus/match.mjs";
import { readTable } from "./corpus/read-table.mjs";
import { researchSite } from "./corpus/site.mjs";
import { launchWithExtension } from "./lib/browser.mjs";

// Another folder of pages in the same layout (expected.json beside the pages) can be measured with --dir.
const dirArgument = process.argv.indexOf("--dir");
const corpusDir =
  dirArgument > 0 && process.argv[dirArgument + 1]
    ? resolve(process.argv[dirArgument + 1])
    : resolve(import.meta.dirname, "../../shared/corpus");
if (!existsSync(join(corpusDir, "expected.json"))) {
  console.log(`No corpus at ${corpusDir}: nothing to measure.`);
  process.exit(0);
}
const expected = JSON.parse(readFileSync(join(corpusDir, "expected.json"), "utf8"));
const asJson = process.argv.includes("--json");

/** Captures one LinkedIn page in a fresh browser profile and returns the record the extension stored. */
async function captureLinkedIn(file, entry) {
  const session = await launchWithExtension();
  try {
    const html = readFileSync(join(corpusDir, file), "utf8");
    await session.context.route(/^https:\/\/[a-z]+\.linkedin\.com\//, (route) =>
      route.request().url() === entry.url || route.request().resourceType() === "document"
        ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html })
        : route.abort(),
    );
    const page = await session.context.newPage();
    await page.goto(entry.url, { waitUntil: "domcontentloaded" });
    const db = await session.context.newPage();
    await db.goto(`chrome-extension://${session.extensionId}/options.html`);
    // Wait for the first capture, then for late sections to settle.
    for (let waited = 0; waited < 10_000; waited += 250) {
      if ((await readTable(db, "captures")).length > 0) break;
      await db.waitForTimeout(250);
    }
    await db.waitForTimeout(1500);
    const logs = await readTable(db, "captures");
    const last = logs.sort((a, b) => a.at - b.at).at(-1);
    if (entry.kind === "person") {
      const people = await readTable(db, "people");
      return { mapped: mapPerson(people.find((p) => p.profileUrl === last?.subjectKey)), health: last?.health };
    }
    const companies = await readTable(db, "companies");
    return { mapped: mapCompany(companies.find((c) => c.linkedinUrl === last?.subjectKey)), health: last?.health };
  } finally {
    await session.close();
  }
}

const pages = [];
for (const [file, entry] of Object.entries(expected)) {
  if (file.startsWith("_")) continue;
  const started = performance.now();
  let outcome;
  try {
    outcome = entry.kind === "site" ? await researchSite(corpusDir, file, entry) : await captureLinkedIn(file, entry);
  } catch (error) {
    outcome = { mapped: {}, error: error instanceof Error ? error.message : String(error) };
  }
  const results = matchRecord(outcome.mapped, entry);
  pages.push({
    file,
    kind: entry.kind,
    matched: results.filter((r) => r.ok).length,
    total: results.length,
    misses: results.filter((r) => !r.ok).map((r) => `${r.field}: ${r.expected}`),
    error: outcome.error,
    ms: Math.round(performance.now() - started),
  });
}

const byKind = {};
for (const page of pages) {
  byKind[page.kind] ??= { matched: 0, total: 0 };
  byKind[page.kind].matched += page.matched;
  byKind[page.kind].total += page.total;
}
const matched = pages.reduce((n, p) => n + p.matched, 0);
const total = pages.reduce((n, p) => n + p.total, 0);
const summary = { matched, total, accuracy: total ? Math.round((matched / total) * 1000) / 10 : 0, byKind };

if (asJson) {
  console.log(JSON.stringify({ summary, pages }, null, 2));
} else {
  console.log("page".padEnd(72), "fields");
  for (const page of pages) {
    console.log(page.file.padEnd(72), `${page.matched}/${page.total}`, page.error ? `error: ${page.error}` : "");
    for (const miss of page.misses) console.log("    missed", miss);
  }
  for (const [kind, counts] of Object.entries(byKind)) console.log(`${kind}: ${counts.matched}/${counts.total}`);
  console.log(`overall: ${matched}/${total} fields (${summary.accuracy}%)`);
}
