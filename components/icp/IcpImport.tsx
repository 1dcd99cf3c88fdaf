import { useId, useState } from "react";
import { getDatabase } from "@/lib/db";
import { importIcpJson } from "@/lib/db/icps";
import type { FieldError } from "@/lib/icp/io";
import type { Translate } from "../use-ui-language";

type Outcome = { ok: true; name: string } | { ok: false; errors: FieldError[] };

/** Imports an ICP file; an invalid one changes nothing and lists each field that is wrong. */
export function IcpImport({ t }: { t: Translate }) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>();
  const read = async (file: File | undefined) => {
    if (!file) return;
    const result = await importIcpJson(getDatabase(), await file.text());
    setOutcome(result.ok ? { ok: true, name: result.icp.name } : result);
  };
  return (
    <div className="icp-import">
      <label htmlFor={id}>{t("icpImport")}</label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        data-testid="icp-import-file"
        onChange={(event) => {
          void read(event.target.files?.[0]);
          event.target.value = "";
        }}
      />
      {outcome?.ok === true && <p role="status">{t("icpImported", { name: outcome.name })}</p>}
      {outcome?.ok === false && (
        <div className="notice" role="alert" data-testid="icp-import-errors">
          <p>{t("icpImportFailed")}</p>
          <ul>
            {outcome.errors.map((error) => (
              <li key={error.path + error.message}>
                {error.path && <code>{error.path}</code>} {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
