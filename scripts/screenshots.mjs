// npm run screenshots: renders the main views with the demo data in Chromium and
// saves them as PNG files (default folder: tests/e2e/screenshots).
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { demoOutreach, seedTables, waitForDatabase } from "./bench/dashboard.mjs";
import { demoResponse, routeDemoPages } from "./demo/routes.mjs";
import { launchWithExtension } from "./lib/browser.mjs";
import { startSiteServer } from "./lib/site-server.mjs";

const outDir = resolve(process.argv[2] ?? resolve(import.meta.dirname, "../tests/e2e/screenshots"));
mkdirSync(outDir, { recursive: true });
const site = "https://www.nordlicht-analytics.example/";
const server = await startSiteServer(["www.nordlicht-analytics.example"], demoResponse);
const session = await launchWithExtension({ grantedHosts: [`${site}*`], args: server.browserArgs });
const { context, extensionId } = session;
await routeDemoPages(context);
const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;

async function shot(page, name) {
  await page.waitForTimeout(500);
  await page.screenshot({ path: resolve(outDir, `${name}.png`), fullPage: true });
  console.log(`saved ${name}.png`);
}

try {
  const tab = await context.newPage();
  await tab.goto("https://www.linkedin.com/company/nordlicht-analytics/");
  await tab.waitForTimeout(1500);
  await tab.goto("https://www.linkedin.com/in/lena-hoffmann-demo/");
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(panelUrl);
  await panel.getByTestId("person-name").waitFor({ timeout: 15_000 });
  await shot(panel, "side-panel-prospect");
  for (let picked = 0; picked < 3; picked++) {
    await panel.getByTestId("suggested-facts").getByRole("button", { name: "Use" }).first().click();
    await panel.waitForTimeout(300);
  }
  await shot(panel, "side-panel-three-facts");
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 460, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.waitForTimeout(1500);
  await shot(popup, "popup-sequence");
  await popup.close();

  await tab.bringToFront();
  await tab.goto(site);
  await panel.bringToFront();
  await panel.getByRole("button", { name: "Research this site" }).click();
  await panel.getByTestId("site-findings").waitFor({ timeout: 30_000 });
  await shot(panel, "side-panel-research");

  await panel.getByRole("tab", { name: "All prospects" }).click();
  await shot(panel, "side-panel-all-prospects");

  // A few weeks of fictional outreach so the weekly review has something to show.
  const seed = await context.newPage();
  await seed.goto(`chrome-extension://${extensionId}/options.html`);
  await waitForDatabase(seed);
  const history = demoOutreach({ people: 400, weeks: 10, now: Date.now() });
  await seedTables(seed, { people: history.people, outreachEvents: history.events });
  await seed.close();

  for (const page of ["options", "dashboard"]) {
    const view = await context.newPage();
    await view.setViewportSize({ width: 1100, height: 900 });
    await view.goto(`chrome-extension://${extensionId}/${page}.html`);
    await view.waitForTimeout(2500);
    await shot(view, page);
  }
} finally {
  await session.close();
  await server.close();
}
