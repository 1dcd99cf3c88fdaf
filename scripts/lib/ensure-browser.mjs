// Makes sure a Chromium or Chrome is there for the demo and the end-to-end tests.
// On Debian or Ubuntu, run as root (a fresh CI machine), it installs Debian's Chromium;
// elsewhere it stops with a message that says how to install one.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findBrowser } from "./browser.mjs";

export function ensureBrowser() {
  try {
    return findBrowser();
  } catch (error) {
    const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get") && !process.env.CHROME_PATH;
    if (!canInstall) throw error;
    console.log("No browser found: installing Debian's Chromium with apt-get…");
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return findBrowser();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`Browser: ${ensureBrowser()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
