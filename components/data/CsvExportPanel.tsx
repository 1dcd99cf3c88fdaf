import { useState } from "react";
import { getDatabase } from "@/lib/db";
import type { MessageKey } from "@/lib/i18n/messages";
import {
  type CrmLayoutId,
  type CsvExport,
  crmLayoutIds,
  exportProspectsCsv,
  prospectsOf,
  vcardsOf,
} from "@/lib/portability";
import type { Translate } from "../use-ui-language";
import { datedFileName, downloadText } from "./files";

const layoutLabels: Record<CrmLayoutId, MessageKey> = {
  hubspot: "dataLayoutHubspot",
  pipedrive: "dataLayoutPipedrive",
  salesforce: "dataLayoutSalesforce",
  generic: "dataLayoutGeneric",
};

/** Prospects as a CSV file in a CRM's import layout (rows the CRM would reject are listed with the reason), or as vCards. */
export function CsvExportPanel({ t }: { t: Translate }) {
  const [layout, setLayout] = useState<CrmLayoutId>("hubspot");
  const [excel, setExcel] = useState(false);
  const [includeScore, setIncludeScore] = useState(false);
  const [result, setResult] = useState<CsvExport>();
  const exportCsv = async () => {
    // Excel with a German locale splits on semicolons and needs the BOM to read umlauts.
    const options = { layout, includeScore, delimiter: excel ? ";" : ",", bom: excel } as const;
    const csv = exportProspectsCsv(await loadProspects(), options);
    downloadText(datedFileName(`prospects-${layout}`, "csv"), csv.csv, "text/csv;charset=utf-8");
    setResult(csv);
  };
  return (
    <section aria-labelledby="data-csv" className="card">
      <h3 id="data-csv">{t("dataCsvTitle")}</h3>
      <label htmlFor="data-layout">{t("dataLayout")}</label>
      <select id="data-layout" value={layout} onChange={(event) => setLayout(event.target.value as CrmLayoutId)}>
        {crmLayoutIds.map((id) => (
          <option key={id} value={id}>
            {t(layoutLabels[id])}
          </option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={excel} onChange={(event) => setExcel(event.target.checked)} /> {t("dataExcel")}
      </label>
      <label>
        <input type="checkbox" checked={includeScore} onChange={(event) => setIncludeScore(event.target.checked)} />{" "}
        {t("dataIncludeScore")}
      </label>
      <div className="row">
        <button type="button" onClick={() => void exportCsv()}>
          {t("dataExportCsv")}
        </button>
        <button type="button" className="secondary" onClick={() => void exportVcards()}>
          {t("dataExportVcards")}
        </button>
      </div>
      {result && (
        <div role="status">
          <p>{t("dataExported", { count: String(result.exported), skipped: String(result.skipped.length) })}</p>
          {result.skipped.length > 0 && (
            <ul>
              {result.skipped.map((row) => (
                <li key={row.personId}>
                  {row.name}: {row.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

async function loadProspects() {
  const db = getDatabase();
  const [people, companies] = await Promise.all([db.people.toArray(), db.companies.toArray()]);
  return prospectsOf(people, companies);
}

/** Every prospect as a contact card, for an address book rather than a CRM. */
async function exportVcards() {
  downloadText(datedFileName("prospects", "vcf"), vcardsOf(await loadProspects()), "text/vcard;charset=utf-8");
}
