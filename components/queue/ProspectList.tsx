import { useMemo, useRef, useState } from "react";
import { emptyFilter, filterRows, type QueueFilter, type SortKey, sortRows } from "@/lib/queue";
import type { Translate } from "../use-ui-language";
import { DeleteDialog } from "./DeleteDialog";
import { ListState } from "./ListState";
import { QueueFilters } from "./QueueFilters";
import { RetentionSetting } from "./RetentionSetting";
import { SelectionBar } from "./SelectionBar";
import { useDeleteFlow } from "./use-delete-flow";
import { useFirstRows, useQueueRows } from "./use-queue-data";
import { useSelection } from "./use-selection";
import { VirtualRows } from "./VirtualRows";
import "./queue.css";

const firstScreen = 40;

/**
 * All prospects, sorted once per data or sort change; a keystroke only filters the sorted
 * rows. The best-scored first screen is read first and shown (unfiltered default view only)
 * until every prospect is read: IndexedDB answers in order, so the small read goes first.
 */
function useShownRows(filter: QueueFilter, sort: SortKey) {
  const first = useFirstRows(firstScreen);
  const rows = useQueueRows("all", first !== undefined);
  const sorted = useMemo(() => (rows ? sortRows(rows, sort) : undefined), [rows, sort]);
  const filtered = useMemo(() => (sorted ? filterRows(sorted, filter) : undefined), [sorted, filter]);
  if (filtered) return { rows, shown: filtered };
  return {
    rows,
    shown: filter === emptyFilter && sort === "score" && first?.length ? sortRows(first, sort) : undefined,
  };
}

/** Every prospect: search, filter, sort, open, and delete with everything captured about them. */
export function ProspectList({ t, onOpen }: { t: Translate; onOpen(personId: string): void }) {
  const [filter, setFilter] = useState<QueueFilter>(emptyFilter);
  const [sort, setSort] = useState<SortKey>("score");
  const { rows, shown } = useShownRows(filter, sort);
  const selection = useSelection();
  const deletion = useDeleteFlow(t, selection.forget);
  const listRef = useRef<HTMLDivElement>(null);
  const nameOf = useMemo(() => new Map(rows?.map((row) => [row.id, row.name])), [rows]);

  return (
    <section className="queue" role="tabpanel" aria-label={t("tabAll")}>
      <QueueFilters
        filter={filter}
        onFilter={setFilter}
        sort={sort}
        onSort={setSort}
        onSearchDown={() => listRef.current?.focus()}
        t={t}
      />
      <p role="status" className="queue-count muted" data-testid="queue-count">
        {shown && rows ? t("queueCount", { shown: String(shown.length), total: String(rows.length) }) : "\u00a0"}
      </p>
      <SelectionBar
        count={selection.selected.size}
        onSelectShown={() => selection.selectAll(shown?.map((row) => row.id) ?? [])}
        onClear={selection.clear}
        onDelete={() => deletion.ask([...selection.selected])}
        t={t}
      />
      {shown && shown.length > 0 ? (
        <VirtualRows
          rows={shown}
          label={t("queueListLabel")}
          t={t}
          onOpen={onOpen}
          selection={{ selected: selection.selected, toggle: selection.toggle, remove: (id) => deletion.ask([id]) }}
          resetKey={JSON.stringify([filter, sort])}
          listRef={listRef}
          hintId="queue-keyboard-hint"
          testId="prospect-list"
        />
      ) : (
        <ListState text={!rows ? t("queueLoading") : rows.length === 0 ? t("queueEmpty") : t("queueNoMatch")} />
      )}
      <p id="queue-keyboard-hint" className="queue-hint muted">
        {t("queueKeyboardHint")}
      </p>
      <p role="status" className="muted" data-testid="queue-message">
        {deletion.message}
      </p>
      <DeleteDialog
        names={deletion.pending?.map((id) => nameOf.get(id) ?? id)}
        onConfirm={deletion.confirm}
        onCancel={deletion.cancel}
        t={t}
      />
      <RetentionSetting t={t} />
    </section>
  );
}
