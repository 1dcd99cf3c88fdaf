import type { Translate } from "../use-ui-language";

interface Props {
  count: number;
  onSelectShown(): void;
  onClear(): void;
  onDelete(): void;
  t: Translate;
}

/** Bulk actions on the ticked rows; always rendered, so the list below never moves. */
export function SelectionBar({ count, onSelectShown, onClear, onDelete, t }: Props) {
  return (
    <div className="queue-selection row">
      <span className="muted" aria-live="polite">
        {t("queueSelected", { count: String(count) })}
      </span>
      <button type="button" className="secondary" onClick={onSelectShown}>
        {t("queueSelectShown")}
      </button>
      <button type="button" className="secondary" onClick={onClear} disabled={count === 0}>
        {t("queueClearSelection")}
      </button>
      <button type="button" className="queue-danger" onClick={onDelete} disabled={count === 0}>
        {t("queueDeleteSelected")}
      </button>
    </div>
  );
}
