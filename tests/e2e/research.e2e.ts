import { afterEach, beforeEach, expect, test } from "vitest";
import { demoResponse, routeDemoPages } from "../../scripts/demo/routes.mjs";
import { startSiteServer } from "../../scripts/lib/site-server.mjs";
import { type ExtensionSession, startExtension } from "./harness";

const site = "https://www.nordlicht-analytics.example/";
let session: ExtensionSession;
let server: Awaited<ReturnType<typeof startSiteServer>>;

beforeEach(async () => {
  server = await startSiteServer(["www.nordlicht-analytics.example"], demoResponse);
  session = await startExtension({ grantedHosts: [`${site}*`], args: server.browserArgs });
  await routeDemoPages(session.context);
});
afterEach(async () => {
  await session.close();
  await server.close();
});

test("researching a company website reads its key pages and shows Impressum, people, jobs and signals", async () => {
  const { context } = session;
  const page = await context.newPage();
  await page.goto(site);
  const panel = await session.openExtensionPage("sidepanel.html");
  await panel.getByRole("button", { name: "Research this site" }).click();

  const progress = panel.getByTestId("research-progress");
  await expect.poll(() => progress.getByRole("status").textContent(), { timeout: 30_000 }).toContain("finished");
  const findings = panel.getByTestId("site-findings");
  const text = (await findings.textContent()) ?? "";
  expect(text).toContain("Nordlicht Analytics GmbH");
  expect(text).toContain("Clara Jensen");
  expect(text).toContain("HRB 171234");
  expect(text).toContain("DE298765432");
  expect(await panel.getByTestId("site-people").textContent()).toContain("Malte Brodersen");
  expect(await panel.getByTestId("site-jobs").textContent()).toContain("Senior Backend Engineer");
  const signals = panel.getByTestId("site-signals");
  expect(await signals.textContent()).toMatch(/12/);
  expect(await signals.getByRole("link").first().getAttribute("href")).toMatch(
    /^https:\/\/www\.nordlicht-analytics\.example\//,
  );

  // Every page has a final state; robots.txt and link traps were respected.
  const states = await progress
    .locator("li")
    .evaluateAll((items) =>
      items.map((item) => ({ text: item.textContent ?? "", state: item.getAttribute("data-state") })),
    );
  expect(states.length).toBeGreaterThanOrEqual(5);
  expect(states.length).toBeLessThanOrEqual(10);
  expect(states.every((s) => s.state === "done" || s.state === "skipped" || s.state === "failed")).toBe(true);
  expect(states.some((s) => s.text.includes("/kalender/"))).toBe(false);
  const intern = states.find((s) => s.text.includes("/intern/"));
  if (intern) expect(intern.text).toContain("robots.txt");
});
