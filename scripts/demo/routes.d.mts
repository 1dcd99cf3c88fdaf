import type { BrowserContext } from "playwright-core";

export const demoPages: { url: string; file: string; type: string }[];
export const demoStartPages: string[];
export function routeDemoPages(context: BrowserContext): Promise<void>;
export function demoResponse(address: string): {
  status: number;
  contentType: string;
  headers?: Record<string, string>;
  body: Buffer;
};
