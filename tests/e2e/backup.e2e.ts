import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, expect, test } from "vitest";
import { readTables, seedTables, waitForDatabase } from "../../scripts/bench/dashboard.mjs";
import * as make from "../unit/portability/factories";
import { type ExtensionSession, startExtension } from "./harness";

let session: ExtensionSession;

beforeEach(async () => {
  session = await startExtension();
});
afterEach(async () => {
  await session.close();
});

/** Fictional records in every table a backup covers: two people at one company with facts, a signal and outcomes. */
const seeded = {
  companies: [make.company()],
  people: [
    make.person(),
    make.person({
      id: "p-jonas",
      name: "Jonas Weber",
      profileUrl: "https://www.linkedin.com/in/jonas-weber-example/",
      contact: { emails: ["jonas@nordlicht-analytics.example"], phones: [], websites: [] },
      tier: "B",
      score: 64,
    }),
  ],
  facts: [make.fact(), make.fact({ id: "f-2", text: "Opened an office in Vienna" })],
  signals: [make.signal()],
  icps: [make.icp()],
  sequences: [make.sequence()],
  outreachEvents: [
    make.outreach(),
    make.outreach({ id: "o-2", type: "opened", at: make.baseTime + 3_600_000 }),
    make.outreach({ id: "o-3", personId: "p-jonas", subjectVariant: "B" }),
  ],
  captures: [make.captureLog()],
};
const tableNames = Object.keys(seeded);

/**
 * Records sorted by id, people without score, tier and status: the options page's ICP
 * section rescores everyone when the active ICP appears (as it does after a restore),
 * and those cached fields are its to recompute.
 */
function comparable(name: string, records: readonly Record<string, unknown>[]) {
  const sorted = [...records].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  return name === "people" ? sorted.map(({ score: _s, tier: _t, status: _st, ...rest }) => rest) : sorted;
}

async function expectSeededRecords(page: Page) {
  const tables = await readTables(page, tableNames);
  for (const [name, records] of Object.entries(seeded)) {
    expect(comparable(name, tables[name] ?? []), name).toEqual(comparable(name, records));
  }
}

async function downloadBackup(options: Page): Promise<string> {
  const [download] = await Promise.all([
    options.waitForEvent("download"),
    options.getByRole("button", { name: "Download backup" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^prospect-scout-backup-\d{4}-\d{2}-\d{2}\.json$/);
  return download.path();
}

/** Deletes the extension's database the way a lost profile would, then reloads onto an empty one. */
async function wipeDatabase(options: Page) {
  await options.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase("prospect-scout");
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await options.reload();
  await waitForDatabase(options);
  const tables = await readTables(options, tableNames);
  for (const name of tableNames) expect(tables[name], name).toEqual([]);
}

test("a backup downloaded from the options page restores every record into a wiped database", async () => {
  const options = await session.openExtensionPage("options.html");
  await seedTables(options, seeded);
  const file = await downloadBackup(options);
  expect(JSON.parse(await readFile(file, "utf8")).header.app).toBe("prospect-scout");

  await wipeDatabase(options);
  await options.getByLabel("Restore from a backup file").setInputFiles(file);
  const report = options.getByTestId("restore-report");
  await report.waitFor();
  expect(await report.textContent()).toContain("Backup restored.");
  expect(await report.locator("tr", { hasText: "people" }).textContent()).toContain("2");
  await expectSeededRecords(options);
});

test("a damaged or foreign file leaves the data untouched and says why", async () => {
  const options = await session.openExtensionPage("options.html");
  await seedTables(options, seeded);
  const text = await readFile(await downloadBackup(options), "utf8");
  const input = options.getByLabel("Restore from a backup file");

  await input.setInputFiles({
    name: "cut-off.json",
    mimeType: "application/json",
    buffer: Buffer.from(text.slice(0, 400)),
  });
  await expect.poll(() => options.getByRole("alert").textContent()).toContain("damaged or cut off");
  await expectSeededRecords(options);

  const foreign = JSON.stringify({ contacts: [{ name: "Someone" }] });
  await input.setInputFiles({ name: "contacts.json", mimeType: "application/json", buffer: Buffer.from(foreign) });
  await expect.poll(() => options.getByRole("alert").textContent()).toContain("not a Prospect Scout backup");
  await expectSeededRecords(options);
});

test("prospects export as an Excel-ready CSV in the chosen CRM layout, and as vCards", async () => {
  const options = await session.openExtensionPage("options.html");
  await seedTables(options, seeded);
  await options.getByLabel("Layout").selectOption("salesforce");
  await options.getByLabel("For Excel: semicolons and a byte order mark").check();
  const [download] = await Promise.all([
    options.waitForEvent("download"),
    options.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFFFirst Name;Last Name;Title;Company")).toBe(true);
  expect(csv).toContain("Jonas;Weber;Head of Revenue Operations;Nordlicht Analytics GmbH");
  await expect.poll(() => options.getByText("2 prospects exported, 0 skipped.").count()).toBe(1);

  const [cards] = await Promise.all([
    options.waitForEvent("download"),
    options.getByRole("button", { name: "Download vCards (.vcf)" }).click(),
  ]);
  const vcf = await readFile(await cards.path(), "utf8");
  expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(2);
  expect(vcf).toContain("FN:Jonas Weber");
});

test("outcomes from a mail tool's CSV are previewed, mapped, then imported once", async () => {
  const options = await session.openExtensionPage("options.html");
  await seedTables(options, seeded);
  await options.reload();
  const section = options.getByRole("region", { name: "Import outcomes from your mail tool" });
  const csv = [
    "E-Mail;Datum;Geöffnet;Reaktion;Betreff-Variante",
    "anna@nordlicht-analytics.example;20.11.2026 14:30;ja;;A",
    "jonas@nordlicht-analytics.example;21.11.2026;ja;ja;B",
    "someone@else.example;21.11.2026;ja;;A",
  ].join("\r\n");
  await section
    .getByLabel("Mail tool export (CSV file)")
    .setInputFiles({ name: "mailtool.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`) });
  expect(await section.getByLabel("Email address").inputValue()).toBe("0");
  // "Reaktion" is no header the guess knows: the user points "Replied" at it.
  expect(await section.getByLabel("Subject variant").inputValue()).toBe("4");
  expect(await section.getByLabel("Replied", { exact: true }).inputValue()).toBe("");
  await section.getByLabel("Replied", { exact: true }).selectOption({ label: "Reaktion" });
  const plan = section.getByTestId("import-plan");
  expect(await plan.textContent()).toContain("2 rows match a prospect and give 3 outcomes; 1 rows are skipped.");
  expect(await plan.textContent()).toContain("Row 3 (someone@else.example): no prospect has this address");

  await section.getByRole("button", { name: "Import 3 outcomes" }).click();
  await expect.poll(() => options.getByText("3 outcomes added; 0 were already there.").count()).toBe(1);
  await section.getByRole("button", { name: "Import 3 outcomes" }).click();
  await expect.poll(() => options.getByText("0 outcomes added; 3 were already there.").count()).toBe(1);
  const { outreachEvents = [] } = await readTables(options, ["outreachEvents"]);
  expect(outreachEvents).toHaveLength(seeded.outreachEvents.length + 3);
});
