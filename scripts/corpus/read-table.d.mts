import type { Page } from "playwright-core";

export function readTable(page: Page, table: string): Promise<Record<string, unknown>[]>;
