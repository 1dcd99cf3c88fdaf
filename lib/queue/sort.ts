import { z } from "zod";
import type { QueueRow } from "./rows";

export const sortKeys = ["score", "signal", "touched"] as const;
export const sortKeySchema = z.enum(sortKeys);
export type SortKey = z.infer<typeof sortKeySchema>;

type Compare = (a: QueueRow, b: QueueRow) => number;

/** Descending by a number; rows without one go last. */
function descending(value: (row: QueueRow) => number | undefined): Compare {
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === y) return 0;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return y - x;
  };
}

// Folded names compare without a collator: ties are many (scores repeat), and this stays fast.
export const byName: Compare = (a, b) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0);

const compareBy: Record<SortKey, Compare> = {
  score: descending((row) => row.score),
  signal: descending((row) => row.newestSignalAt),
  touched: descending((row) => row.updatedAt),
};

/** A sorted copy: best score, newest signal or last touched first; ties by name so the order is stable. */
export function sortRows(rows: readonly QueueRow[], key: SortKey): QueueRow[] {
  const primary = compareBy[key];
  return [...rows].sort((a, b) => primary(a, b) || byName(a, b));
}
