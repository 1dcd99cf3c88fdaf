// Launches Chromium with the built extension loaded. Shared by e2e tests, the demo, the bench and the corpus runner.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

export const extensionDir = resolve(
  import.meta.dirname,
  "../..",
  process.env.PROSPECT_SCOUT_OUT_DIR ?? ".output",
  "chrome-mv3",
);

const candidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
];

/** CHROME_PATH, else the first installed Chromium or Chrome; throws with install advice when none is found. */
export function findBrowser() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    "No Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) " +
      "or set CHROME_PATH to the browser's executable.",
  );
}

/**
 * A persistent context with the extension loaded, its id and a close function.
 * Every request the test does not route is aborted, so nothing leaves the machine.
 */
export async function launchWithExtension({ headless = true, args = [], grantedHosts = [] } = {}) {
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`No built extension in ${extensionDir}: run "npx wxt build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), "prospect-scout-"));
  const loadDir = grantedHosts.length ? withGrantedHosts(userDataDir, grantedHosts) : extensionDir;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findBrowser(),
    headless,
    args: [
      `--disable-extensions-except=${loadDir}`,
      `--load-extension=${loadDir}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...args,
    ],
  });
  await context.route(/^https?:\/\//, (route) => route.abort("blockedbyclient"));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, extensionId, worker, close };
}

/**
 * Chrome's permission prompt cannot be answered by automation, so a test that needs
 * a site's optional host permission loads a copy of the build in which that site is
 * already granted: permissions.request() then resolves true at once, as after "Allow".
 */
function withGrantedHosts(userDataDir, hosts) {
  const copy = join(userDataDir, "extension");
  cpSync(extensionDir, copy, { recursive: true });
  const manifestPath = join(copy, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  manifest.host_permissions = [...manifest.host_permissions, ...hosts];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}

/** Serves `html` at every URL matching `pattern`, as the real site would. */
export async function servePage(context, pattern, html) {
  await context.route(pattern, (route) =>
    route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
  );
}
