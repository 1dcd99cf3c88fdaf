import { getDatabase } from "@/lib/db";
import { activateIcp, deleteIcp } from "@/lib/db/icps";
import { exportIcpJson } from "@/lib/icp/io";
import type { Icp } from "@/lib/model/icp";
import type { Translate } from "../use-ui-language";
import { downloadText, icpFileName } from "./download";

type Props = { icps: readonly Icp[]; onEdit: (id: string) => void; t: Translate };

/** The stored ICPs, the active one marked; activating another rescores every prospect. */
export function IcpList({ icps, onEdit, t }: Props) {
  if (icps.length === 0) return <p className="muted">{t("icpNone")}</p>;
  return (
    <ul className="icp-list" data-testid="icp-list">
      {icps.map((icp) => (
        <li key={icp.id} className="card">
          <div className="icp-list-head">
            <strong>{icp.name}</strong>
            {icp.active && <span className="icp-active">{t("icpActive")}</span>}
            <span className="muted">{t("icpCriteriaCount", { count: String(icp.criteria.length) })}</span>
          </div>
          <div className="row">
            <button type="button" className="secondary" onClick={() => onEdit(icp.id)}>
              {t("icpEdit")}
            </button>
            {!icp.active && (
              <button type="button" className="secondary" onClick={() => void activateIcp(getDatabase(), icp.id)}>
                {t("icpActivate")}
              </button>
            )}
            <button
              type="button"
              className="secondary"
              onClick={() => downloadText(exportIcpJson(icp), icpFileName(icp.name))}
            >
              {t("icpExport")}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                window.confirm(t("icpDeleteConfirm", { name: icp.name })) && void deleteIcp(getDatabase(), icp.id)
              }
            >
              {t("icpDelete")}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
