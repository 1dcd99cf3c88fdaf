import type { QueueRow } from "@/lib/queue";
import { statusLabels } from "../prospect/StatusNotes";
import type { Translate } from "../use-ui-language";
import { signalText, tierText } from "./labels";

/** The visible content of one row: fixed lines that truncate, so every row has the same height. */
export function ProspectRow({ row, t }: { row: QueueRow; t: Translate }) {
  if (row.unreadable) {
    return (
      <div className="queue-row-body" aria-hidden="true">
        <div className="queue-line" data-testid="queue-row-unreadable">
          {t("unreadable")}
        </div>
      </div>
    );
  }
  return (
    <div className="queue-row-body" aria-hidden="true">
      <div className="queue-line">
        <strong className="queue-name" data-testid="queue-row-name">
          {row.name}
        </strong>
        <span className={`queue-tier queue-tier-${row.tier ?? "none"}`} title={tierText(row, t)}>
          {row.tier ?? "–"}
        </span>
      </div>
      <div className="queue-line muted">{row.headline ?? "\u00a0"}</div>
      <div className="queue-line queue-meta">
        <span>{row.companyName ?? "\u00a0"}</span>
        <span className="queue-status">{t(statusLabels[row.status])}</span>
        <span className="muted">{signalText(row, t)}</span>
      </div>
    </div>
  );
}
