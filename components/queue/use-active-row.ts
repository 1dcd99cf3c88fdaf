import { type KeyboardEvent, useState } from "react";
import type { QueueRow } from "@/lib/queue";

export interface RowKeyActions {
  open(row: QueueRow): void;
  toggle?(row: QueueRow): void;
  remove?(row: QueueRow): void;
  reveal(index: number): void;
}

const pageSize = 8;

/** How far a navigation key moves the active row; undefined for other keys. */
function step(key: string, index: number, last: number): number | undefined {
  if (key === "ArrowDown") return Math.min(last, index + 1);
  if (key === "ArrowUp") return Math.max(0, index - 1);
  if (key === "PageDown") return Math.min(last, index + pageSize);
  if (key === "PageUp") return Math.max(0, index - pageSize);
  if (key === "Home") return 0;
  if (key === "End") return last;
  return undefined;
}

/**
 * The active row of a listbox, kept by id so it survives filtering; the first row
 * when the active one is gone. Arrow keys move, Enter opens, Space selects, Delete deletes.
 */
export function useActiveRow(rows: readonly QueueRow[], actions: RowKeyActions) {
  const [activeId, setActiveId] = useState<string>();
  const found = activeId === undefined ? -1 : rows.findIndex((row) => row.id === activeId);
  const activeIndex = found >= 0 ? found : rows.length > 0 ? 0 : -1;

  const onKeyDown = (event: KeyboardEvent) => {
    const active = rows[activeIndex];
    if (!active) return;
    const next = step(event.key, activeIndex, rows.length - 1);
    if (next !== undefined) {
      setActiveId(rows[next]?.id);
      actions.reveal(next);
    } else if (event.key === "Enter") actions.open(active);
    else if (event.key === " " && actions.toggle) actions.toggle(active);
    else if (event.key === "Delete" && actions.remove) actions.remove(active);
    else return;
    event.preventDefault();
  };
  return { activeIndex, setActiveId, onKeyDown };
}
