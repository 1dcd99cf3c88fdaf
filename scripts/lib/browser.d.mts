import type { BrowserContext, Worker } from "playwright-core";

export const extensionDir: string;
export function findBrowser(): string;
export function launchWithExtension(options?: {
  headless?: boolean;
  args?: string[];
  grantedHosts?: string[];
}): Promise<{
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}>;
export function servePage(context: BrowserContext, pattern: string | RegExp, html: string): Promise<void>;
