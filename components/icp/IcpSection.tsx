import { useLiveQuery } from "dexie-react-hooks";
import { useId, useState } from "react";
import { getDatabase } from "@/lib/db";
import { createIcp, createIcpFromTemplate, listIcps } from "@/lib/db/icps";
import type { UiLanguage } from "@/lib/i18n/messages";
import { icpTemplates } from "@/lib/icp/templates";
import { type Translate, useTranslate } from "../use-ui-language";
import { CustomerImport } from "./CustomerImport";
import { IcpEditor } from "./IcpEditor";
import { IcpImport } from "./IcpImport";
import { IcpList } from "./IcpList";
import { type RescoreState, useRescoreOnActiveChange } from "./use-rescore";
import "./icp.css";

const emptyChoice = "";

/** The options page's ICP section: several ICPs, one active, each editable, importable and exportable. */
export function IcpSection({ t }: { t: Translate }) {
  const { language } = useTranslate();
  const icps = useLiveQuery(() => listIcps(getDatabase()), []);
  const [editing, setEditing] = useState<string>();
  const [template, setTemplate] = useState(icpTemplates[0]?.id ?? emptyChoice);
  const rescore = useRescoreOnActiveChange();
  const templateId = useId();
  const edited = icps?.find((icp) => icp.id === editing);

  const create = async () => {
    const db = getDatabase();
    const result = template ? await createIcpFromTemplate(db, template) : await createIcp(db, t("icpNewName"));
    if (result.ok) setEditing(result.icp.id);
  };

  return (
    <section className="icp-section" aria-labelledby="icp-title" data-testid="icp-section">
      <h2 id="icp-title">{t("icpTitle")}</h2>
      <p className="muted">{t("icpIntro")}</p>
      <RescoreStatus state={rescore} t={t} language={language} />
      <IcpList icps={icps ?? []} onEdit={setEditing} t={t} />
      <div className="row icp-create">
        <div>
          <label htmlFor={templateId}>{t("icpStartFrom")}</label>
          <select id={templateId} value={template} onChange={(event) => setTemplate(event.target.value)}>
            {icpTemplates.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.name}
              </option>
            ))}
            <option value={emptyChoice}>{t("icpEmpty")}</option>
          </select>
        </div>
        <button type="button" onClick={() => void create()}>
          {t("icpCreate")}
        </button>
      </div>
      {edited && (
        <IcpEditor key={edited.id} icp={edited} onClose={() => setEditing(undefined)} t={t} language={language} />
      )}
      <IcpImport t={t} />
      <CustomerImport onCreated={setEditing} t={t} language={language} />
    </section>
  );
}

function RescoreStatus({ state, t, language }: { state: RescoreState; t: Translate; language: UiLanguage }) {
  if (state.state === "idle") return null;
  const format = (n: number) => n.toLocaleString(language);
  return (
    <p role="status" data-testid="icp-rescore">
      {state.state === "running"
        ? t("icpRescoring", { done: format(state.done), total: format(state.total) })
        : t("icpRescored", { total: format(state.total) })}
      {state.state === "running" && <progress max={state.total || 1} value={state.done} />}
    </p>
  );
}
