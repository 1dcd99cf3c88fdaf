import type { Page } from "playwright-core";

export function bundleSource(contents: string, options?: { format?: "iife" | "esm" }): Promise<string>;
export function injectScript(page: Page, content: string): Promise<void>;
