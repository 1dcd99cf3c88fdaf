import type { BrowserContext } from "playwright-core";

export const demoPages: { url: string; file: string; type: string }[];
export const demoStartPages: string[];
export function routeDemoPages(context: BrowserContext): Promise<void>;
