import { buildQueueRows, type PersonSlice, type QueueRow, type SignalSlice } from "@/lib/queue";

export const day = 86_400_000;
export const now = Date.parse("2026-11-27T10:00:00Z");

/** A fictional person as the lists read it. */
export function slice(overrides: Partial<PersonSlice> & { id: string; name: string }): PersonSlice {
  return { status: "new", updatedAt: now - day, ...overrides };
}

/** Rows built the way the side panel builds them, from slices, company names and signals. */
export function rowsOf(
  people: PersonSlice[],
  companies: Record<string, string> = {},
  signals: SignalSlice[] = [],
): QueueRow[] {
  return buildQueueRows(people, new Map(Object.entries(companies)), signals);
}

export const ids = (rows: readonly QueueRow[]) => rows.map((row) => row.id);
