import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterEach, beforeEach, expect, test } from "vitest";
import { type ExtensionSession, projectFile, servePage, startExtension } from "./harness";

const profileUrl = "https://www.linkedin.com/in/lena-hoffmann-demo/";
let session: ExtensionSession;

beforeEach(async () => {
  session = await startExtension();
});
afterEach(async () => {
  await session.close();
});

/** The part of the extension API the badge check uses inside the service worker. */
type WorkerChrome = {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

/** The toolbar badge of the tab showing Lena's profile, read where the extension keeps it. */
async function badgeOfProfileTab(): Promise<string> {
  return session.worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as { chrome: WorkerChrome };
    const [tab] = await chrome.tabs.query({ url });
    return tab?.id === undefined ? "" : chrome.action.getBadgeText({ tabId: tab.id });
  }, profileUrl);
}

async function visitLena(): Promise<Page> {
  await servePage(
    session.context,
    "https://www.linkedin.com/**",
    projectFile("scripts/demo/pages/linkedin-profile-lena.html"),
  );
  const linkedin = await session.context.newPage();
  await linkedin.goto(profileUrl);
  return linkedin;
}

/** A fictional ICP that Lena, a head of department, cannot match: juniors only, as a knock-out. */
function juniorsOnlyFile(): string {
  const icp = {
    id: "juniors",
    name: "Juniors only",
    criteria: [
      { id: "juniors", kind: "seniority", seniorities: ["entry"], importance: { kind: "must" } },
      {
        id: "software",
        kind: "industry",
        industries: ["Softwareentwicklung"],
        importance: { kind: "weight", weight: 5 },
      },
    ],
    threshold: 60,
    active: true,
    createdAt: 0,
    updatedAt: 0,
  };
  return JSON.stringify({ format: "prospect-scout-icp", version: 1, icp });
}

test("an ICP from a template scores the captured profile: badge and side panel show the tier and why", async () => {
  const options = await session.openExtensionPage("options.html");
  await options.getByLabel("Start a new ICP from").selectOption("b2b-saas-dach");
  await options.getByRole("button", { name: "Create ICP" }).click();
  await options.getByTestId("icp-list").getByText("active").waitFor();
  expect(await options.getByTestId("icp-criterion").count()).toBe(5);
  const editor = options.getByTestId("icp-editor");
  await editor.getByLabel("Name", { exact: true }).fill("");
  await editor.getByRole("button", { name: "Save" }).click();
  await editor.getByText("Not saved").waitFor();
  await editor.getByLabel("Name", { exact: true }).fill("DACH SaaS leaders");
  await editor.getByRole("button", { name: "Save" }).click();
  await options.getByTestId("icp-list").getByText("DACH SaaS leaders").waitFor();

  const linkedin = await visitLena();
  await linkedin.bringToFront();
  await expect.poll(badgeOfProfileTab, { timeout: 15_000 }).toMatch(/^[ABCD]$/);

  const panel = await session.openExtensionPage("sidepanel.html");
  await expect.poll(() => panel.getByTestId("score-tier").textContent(), { timeout: 15_000 }).toMatch(/^[ABCD]$/);
  expect(await panel.getByTestId("score-tier").textContent()).toBe(await badgeOfProfileTab());
  expect(Number(await panel.getByTestId("score-value").textContent())).toBeGreaterThanOrEqual(0);
  expect(await panel.getByTestId("score-coverage").textContent()).toMatch(/based on \d+% of the ICP's weight/);
  const rows = panel.getByTestId("score-breakdown").locator("li");
  expect(await rows.count()).toBe(5);
  expect(await panel.getByTestId("score-breakdown").textContent()).toContain("Seniority");
  expect(await panel.getByTestId("score-research").locator("li").count()).toBeGreaterThan(0);
});

test("an imported ICP file, once activated, rescores everyone and the badge follows; a bad file changes nothing", async () => {
  const options = await session.openExtensionPage("options.html");
  await options.getByRole("button", { name: "Create ICP" }).click();
  await options.getByTestId("icp-list").getByText("active").waitFor();
  const linkedin = await visitLena();
  await linkedin.bringToFront();
  await expect.poll(badgeOfProfileTab, { timeout: 15_000 }).toMatch(/^[ABC]$/);

  await options.bringToFront();
  const fileInput = options.getByTestId("icp-import-file");
  await fileInput.setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"name": ""}'),
  });
  await options.getByTestId("icp-import-errors").waitFor();
  expect(await options.getByTestId("icp-import-errors").textContent()).toContain("criteria");
  expect(await options.getByTestId("icp-list").locator("> li").count()).toBe(1);

  await fileInput.setInputFiles({
    name: "juniors.json",
    mimeType: "application/json",
    buffer: Buffer.from(juniorsOnlyFile()),
  });
  const imported = options.getByTestId("icp-list").locator("> li", { hasText: "Juniors only" });
  const [download] = await Promise.all([
    options.waitForEvent("download"),
    imported.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("icp-juniors-only.json");
  const exported = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(exported).toMatchObject({ format: "prospect-scout-icp", icp: { name: "Juniors only" } });
  await imported.getByRole("button", { name: "Activate" }).click();
  await expect
    .poll(() => options.getByTestId("icp-rescore").textContent(), { timeout: 15_000 })
    .toContain("Rescored 1");

  await linkedin.bringToFront();
  await expect.poll(badgeOfProfileTab, { timeout: 15_000 }).toBe("D");
  const panel = await session.openExtensionPage("sidepanel.html");
  await expect.poll(() => panel.getByTestId("score-tier").textContent(), { timeout: 15_000 }).toBe("D");
  expect(await panel.getByTestId("score-card").textContent()).toContain("knock-out");
});

test("an ICP from existing customers: mapping preview, over-represented segments, accepted criteria", async () => {
  const options = await session.openExtensionPage("options.html");
  const customers = options.getByTestId("icp-customers");
  await customers.getByLabel("Customer CSV file").setInputFiles({
    name: "broken.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(projectFile("tests/fixtures/icp/customers-broken.csv")),
  });
  await customers.getByRole("alert").waitFor();
  expect(await customers.getByTestId("icp-customer-mapping").count()).toBe(0);

  await customers.getByLabel("Customer CSV file").setInputFiles({
    name: "kunden.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(projectFile("tests/fixtures/icp/customers-de.csv")),
  });
  expect(await customers.getByLabel("Customer value (ARR, LTV)").inputValue()).toBe("4");
  await customers.getByRole("button", { name: "Analyse customers" }).click();
  await customers.getByTestId("icp-segments").first().waitFor();
  expect(await customers.getByTestId("icp-segments").first().textContent()).toContain("over-represented");

  const proposals = customers.getByTestId("icp-proposals").locator("li");
  expect(await proposals.count()).toBeGreaterThan(0);
  await customers.getByRole("button", { name: "Create an ICP from the ticked criteria" }).click();
  const created = options.getByTestId("icp-list").locator("> li", { hasText: "ICP from customers" });
  await created.waitFor();
  expect(await created.textContent()).toContain("active");
  expect(await options.getByTestId("icp-editor").getByTestId("icp-criterion").count()).toBe(await proposals.count());
});

test("without an active ICP the profile is captured unscored and the side panel says how to define one", async () => {
  const linkedin = await visitLena();
  await linkedin.bringToFront();
  await expect.poll(badgeOfProfileTab, { timeout: 15_000 }).toBe("•");
  const panel = await session.openExtensionPage("sidepanel.html");
  await panel.getByTestId("score-no-icp").waitFor({ timeout: 15_000 });
  expect(await panel.getByTestId("score-no-icp").getByRole("button", { name: "Define an ICP" }).count()).toBe(1);
});
