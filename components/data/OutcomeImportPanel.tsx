import { useLiveQuery } from "dexie-react-hooks";
import { type ChangeEvent, useMemo, useState } from "react";
import { getDatabase } from "@/lib/db";
import {
  type ColumnMapping,
  columnMappingSchema,
  guessColumns,
  importOutcomes,
  type OutcomeTable,
  planOutcomeImport,
  readOutcomeCsv,
} from "@/lib/portability";
import type { Translate } from "../use-ui-language";
import { ColumnMappingTable } from "./ColumnMappingTable";
import { readTextFile } from "./files";
import { ImportPlanView } from "./ImportPlanView";

type DateOrderChoice = "auto" | "dmy" | "mdy";

/** Opens, replies, meetings from a mail tool's CSV: mapping preview, dry run with skipped rows, then import. */
export function OutcomeImportPanel({ t }: { t: Translate }) {
  const [table, setTable] = useState<OutcomeTable>();
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [dateOrder, setDateOrder] = useState<DateOrderChoice>("auto");
  const [status, setStatus] = useState<string>();
  // Read only once a file is chosen: the options page should not load every prospect up front.
  const people = useLiveQuery(async () => (table ? getDatabase().people.toArray() : undefined), [table]);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const mappingReady = columnMappingSchema.safeParse(mapping).success;
  const plan = useMemo(() => {
    if (!table || !people || !mappingReady) return undefined;
    return planOutcomeImport(table, mapping, people, {
      timeZone,
      dateOrder: dateOrder === "auto" ? undefined : dateOrder,
    });
  }, [table, mapping, people, mappingReady, dateOrder, timeZone]);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    const read = readOutcomeCsv(await readTextFile(file));
    setTable(read);
    setMapping(guessColumns(read.headers));
    setStatus(undefined);
  };
  const runImport = async () => {
    if (!plan) return;
    const { added, duplicates } = await importOutcomes(getDatabase(), plan.events);
    setStatus(t("dataImported", { added: String(added), duplicates: String(duplicates) }));
  };

  return (
    <section aria-labelledby="data-outcomes" className="card">
      <h3 id="data-outcomes">{t("dataOutcomesTitle")}</h3>
      <p className="muted">{t("dataOutcomesHint")}</p>
      <label htmlFor="data-outcome-file">{t("dataOutcomesFile")}</label>
      <input id="data-outcome-file" type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} />
      {table && (
        <>
          <ColumnMappingTable table={table} mapping={mapping} onChange={setMapping} t={t} />
          <label htmlFor="data-date-order">{t("dataDateOrder")}</label>
          <select
            id="data-date-order"
            value={dateOrder}
            onChange={(event) => setDateOrder(event.target.value as DateOrderChoice)}
          >
            <option value="auto">{t("dataDateOrderAuto")}</option>
            <option value="dmy">{t("dataDateOrderDmy")}</option>
            <option value="mdy">{t("dataDateOrderMdy")}</option>
          </select>
          {!mappingReady && <p role="alert">{t("dataChooseEmailColumn")}</p>}
          {plan && <ImportPlanView plan={plan} problems={table.problems} t={t} />}
          <div className="row">
            <button type="button" disabled={!plan || plan.events.length === 0} onClick={() => void runImport()}>
              {t("dataImport", { count: String(plan?.events.length ?? 0) })}
            </button>
          </div>
        </>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
