import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext, Page, Worker } from "playwright-core";
import { launchWithExtension } from "../../scripts/lib/browser.mjs";

export { servePage } from "../../scripts/lib/browser.mjs";

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
  /** Opens an extension page (sidepanel.html, popup.html, options.html) as a tab. */
  openExtensionPage(path: string): Promise<Page>;
}

export async function startExtension(
  options: { grantedHosts?: string[]; args?: string[] } = {},
): Promise<ExtensionSession> {
  const session = await launchWithExtension(options);
  // Playwright waits forever by default; a missing element should fail the test quickly instead.
  session.context.setDefaultTimeout(10_000);
  return {
    ...session,
    openExtensionPage: async (path) => {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      return page;
    },
  };
}

const root = resolve(import.meta.dirname, "../..");

/** Reads a page from the project (demo pages, fixtures) as text. */
export function projectFile(path: string): string {
  return readFileSync(resolve(root, path), "utf8");
}
