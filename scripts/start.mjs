// npm start: launches Chromium or Chrome with the built extension and the demo pages.

import { demoResponse, demoStartPages, routeDemoPages } from "./demo/routes.mjs";
import { launchWithExtension } from "./lib/browser.mjs";
import { ensureBrowser } from "./lib/ensure-browser.mjs";
import { startSiteServer } from "./lib/site-server.mjs";

const wantsHeadless = process.argv.includes("--headless");
const noDisplay = process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = wantsHeadless || noDisplay;

ensureBrowser();
// The demo company website is also served over local HTTPS, so website research works offline.
const siteServer = await startSiteServer(["www.nordlicht-analytics.example"], demoResponse);
const { context, extensionId, close } = await launchWithExtension({ headless, args: siteServer.browserArgs });
await routeDemoPages(context);
for (const url of demoStartPages) await (await context.newPage()).goto(url);
const panel = await context.newPage();
await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);

console.log(`Prospect Scout is running (extension id ${extensionId}).`);
console.log("Demo tabs: a LinkedIn profile and company page of fictional people, and a fictional company website.");
console.log('Click the Prospect Scout toolbar icon for the popup; "Open side panel" (or Alt+Shift+P) shows the panel.');
if (noDisplay && !wantsHeadless) console.log("No display found: running headless. Set DISPLAY to see the window.");
console.log("Press Ctrl+C to stop.");

const stop = async () => {
  await close().catch(() => {});
  await siteServer.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
context.on("close", () => process.exit(0));
