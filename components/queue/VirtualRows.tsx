import { useVirtualizer } from "@tanstack/react-virtual";
import { type RefObject, useEffect, useId, useRef } from "react";
import type { QueueRow } from "@/lib/queue";
import type { Translate } from "../use-ui-language";
import { rowLabel } from "./labels";
import { ProspectRow } from "./ProspectRow";
import { useActiveRow } from "./use-active-row";

/** Fixed row height: no measuring, so nothing jumps while scrolling 10,000 rows. */
export const rowHeight = 72;

export interface RowSelection {
  selected: ReadonlySet<string>;
  toggle(id: string): void;
  remove(id: string): void;
}

interface Props {
  rows: readonly QueueRow[];
  label: string;
  t: Translate;
  onOpen(id: string): void;
  /** Multi-select with checkboxes, Space and Delete; without it a row is only opened. */
  selection?: RowSelection;
  /** Scrolls back to the top when it changes (a new search or filter), not on live data updates. */
  resetKey?: string;
  /** The listbox element, for a caller that moves focus into the list (ArrowDown in the search field). */
  listRef?: RefObject<HTMLDivElement | null>;
  /** Id of the text that explains the keys. */
  hintId?: string;
  testId: string;
}

/** A virtualised listbox of prospects with keyboard navigation (aria-activedescendant keeps focus on the list). */
export function VirtualRows({ rows, label, t, onOpen, selection, resetKey, listRef, hintId, testId }: Props) {
  const ownRef = useRef<HTMLDivElement>(null);
  const scrollRef = listRef ?? ownRef;
  const idPrefix = useId();
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 6,
  });
  const { activeIndex, setActiveId, onKeyDown } = useActiveRow(rows, {
    open: (row) => onOpen(row.id),
    toggle: selection && ((row) => selection.toggle(row.id)),
    remove: selection && ((row) => selection.remove(row.id)),
    reveal: (index) => virtualizer.scrollToIndex(index, { align: "auto" }),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the reset key changes, by design.
  useEffect(() => virtualizer.scrollToOffset(0), [resetKey]);
  const optionId = (row: QueueRow) => `${idPrefix}-${row.id}`;
  const active = rows[activeIndex];

  return (
    <div
      ref={scrollRef}
      className="queue-scroll"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-describedby={hintId}
      aria-multiselectable={selection ? true : undefined}
      aria-activedescendant={active ? optionId(active) : undefined}
      onKeyDown={onKeyDown}
      data-testid={testId}
    >
      <div className="queue-rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const checked = selection?.selected.has(row.id) ?? false;
          return (
            // Focus stays on the listbox (aria-activedescendant), which also handles the keys:
            // biome-ignore lint/a11y/useKeyWithClickEvents: see above
            // biome-ignore lint/a11y/useFocusableInteractive: see above
            <div
              key={row.id}
              id={optionId(row)}
              role="option"
              aria-selected={selection ? checked : item.index === activeIndex}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              aria-label={rowLabel(row, t)}
              className={item.index === activeIndex ? "queue-row active" : "queue-row"}
              style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
              onClick={() => {
                setActiveId(row.id);
                onOpen(row.id);
              }}
              data-testid="queue-row"
            >
              {selection && (
                <input
                  type="checkbox"
                  className="queue-check"
                  tabIndex={-1}
                  aria-hidden="true"
                  checked={checked}
                  onChange={() => selection.toggle(row.id)}
                  onClick={(event) => event.stopPropagation()}
                  title={t("queueSelectRow", { name: row.name })}
                />
              )}
              <ProspectRow row={row} t={t} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
