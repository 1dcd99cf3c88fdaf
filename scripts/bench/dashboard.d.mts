import type { Page } from "playwright-core";

type Row = Record<string, unknown>;

export function waitForDatabase(page: Page): Promise<void>;
export function seedTables(page: Page, tables: Record<string, Row[]>): Promise<void>;
export function readTables(page: Page, names: string[]): Promise<Record<string, Row[]>>;
export function demoPerson(index: number, at: number): Row & { id: string };
export function demoOutreach(options: { people: number; weeks: number; now: number; seed?: number }): {
  people: (Row & { id: string })[];
  events: (Row & { id: string; type: string; at: number })[];
};
export function measureDashboard(): Promise<Record<string, unknown>>;
