import { type ChangeEvent, useState } from "react";
import { getDatabase } from "@/lib/db";
import { exportBackup, type RestoreReport, restoreBackupText } from "@/lib/portability";
import type { Translate } from "../use-ui-language";
import { datedFileName, downloadText, readTextFile } from "./files";
import { problemMessages, reportRows } from "./restore-result";

type Outcome =
  | { kind: "restored"; report: RestoreReport }
  | { kind: "refused"; message: string; issues: string[] }
  | { kind: "failed"; error: string };

/** The whole database as one JSON file, and back: a refused file leaves the data as it was. */
export function BackupPanel({ t }: { t: Translate }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const backup = async () => {
    const text = await exportBackup(getDatabase());
    downloadText(datedFileName("prospect-scout-backup", "json"), text, "application/json");
  };
  const restore = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await restoreBackupText(getDatabase(), await readTextFile(file));
      setOutcome(
        result.ok
          ? { kind: "restored", report: result.report }
          : { kind: "refused", message: t(problemMessages[result.problem]), issues: result.issues },
      );
    } catch (error) {
      setOutcome({ kind: "failed", error: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      input.value = "";
    }
  };
  return (
    <section aria-labelledby="data-backup" className="card">
      <h3 id="data-backup">{t("dataBackupTitle")}</h3>
      <p className="muted">{t("dataBackupHint")}</p>
      <div className="row">
        <button type="button" onClick={() => void backup()}>
          {t("dataDownloadBackup")}
        </button>
      </div>
      <label htmlFor="data-restore">{t("dataRestore")}</label>
      <input
        id="data-restore"
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(event) => void restore(event)}
      />
      {outcome && <RestoreOutcome outcome={outcome} t={t} />}
    </section>
  );
}

function RestoreOutcome({ outcome, t }: { outcome: Outcome; t: Translate }) {
  if (outcome.kind === "failed") return <p role="alert">{t("dataRestoreFailed", { error: outcome.error })}</p>;
  if (outcome.kind === "refused") {
    return (
      <div role="alert">
        <p>{outcome.message}</p>
        {outcome.issues.length > 0 && (
          <ul>
            {outcome.issues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const rows = reportRows(outcome.report);
  return (
    <div role="status" data-testid="restore-report">
      <p>{t("dataRestored")}</p>
      {rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("dataTable")}</th>
              <th scope="col">{t("dataAdded")}</th>
              <th scope="col">{t("dataUpdated")}</th>
              <th scope="col">{t("dataKept")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.table}>
                <th scope="row">{row.table}</th>
                <td>{row.added}</td>
                <td>{row.updated}</td>
                <td>{row.kept}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
