import { useId, useState } from "react";
import { getDatabase } from "@/lib/db";
import { createIcp } from "@/lib/db/icps";
import type { MessageKey, UiLanguage } from "@/lib/i18n/messages";
import {
  type AnalysisResult,
  analyseCustomers,
  type CsvResult,
  type CustomerMapping,
  type Dimension,
  guessMapping,
  parseCustomerCsv,
  proposeCriteria,
} from "@/lib/icp/customers";
import type { IcpCriterion } from "@/lib/model/icp";
import type { Translate } from "../use-ui-language";
import { CustomerMappingTable } from "./CustomerMappingTable";
import { ProposalList } from "./ProposalList";
import { SegmentTable } from "./SegmentTable";

type CsvError = Extract<CsvResult, { ok: false }>["error"]["code"];
const csvErrors: Record<CsvError, MessageKey> = {
  empty: "icpCsvEmpty",
  "not-text": "icpCsvNotText",
  "one-column": "icpCsvOneColumn",
  "no-rows": "icpCsvNoRows",
  "broken-quotes": "icpCsvBrokenQuotes",
};
const dimensions: readonly [Dimension, MessageKey][] = [
  ["industry", "icpFieldIndustry"],
  ["size", "icpFieldEmployees"],
  ["country", "icpFieldCountry"],
  ["technology", "icpFieldTechnologies"],
];

type Loaded = Extract<CsvResult, { ok: true }> & {
  mapping: CustomerMapping;
  analysis?: AnalysisResult;
  /** Proposed once per analysis, so their ids stay put while the user ticks them. */
  proposals?: IcpCriterion[];
};

/**
 * "ICP from existing customers": read a customer CSV, check the guessed column mapping,
 * compare the top quartile by value with all customers, accept the proposed criteria.
 * A file that cannot be read replaces nothing and says why.
 */
type Props = { onCreated: (icpId: string) => void; t: Translate; language: UiLanguage };

export function CustomerImport({ onCreated, t, language }: Props) {
  const fileId = useId();
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();

  const read = async (file: File | undefined) => {
    if (!file) return;
    const result = parseCustomerCsv(await file.text());
    if (!result.ok) {
      setError(t(csvErrors[result.error.code]));
      setLoaded(undefined);
      return;
    }
    setError(undefined);
    setLoaded({ ...result, mapping: guessMapping(result.table.headers) });
  };
  const analyse = () => {
    if (!loaded) return;
    const result = analyseCustomers(loaded.table.rows, loaded.mapping);
    setLoaded({ ...loaded, analysis: result, proposals: result.ok ? proposeCriteria(result.analysis) : [] });
  };
  const accept = async (criteria: IcpCriterion[]) => {
    const created = await createIcp(getDatabase(), t("icpFromCustomersName"), criteria);
    if (created.ok) onCreated(created.icp.id);
  };
  const analysis = loaded?.analysis;

  return (
    <section className="icp-customers" aria-labelledby="icp-customers-title" data-testid="icp-customers">
      <h3 id="icp-customers-title">{t("icpFromCustomers")}</h3>
      <p className="muted">{t("icpFromCustomersIntro")}</p>
      <label htmlFor={fileId}>{t("icpCustomerFile")}</label>
      <input
        id={fileId}
        type="file"
        accept=".csv,text/csv,text/plain"
        onChange={(event) => void read(event.target.files?.[0])}
      />
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {loaded && (
        <>
          {loaded.warnings.map((warning) => (
            <p key={warning} className="muted">
              {warning}
            </p>
          ))}
          <CustomerMappingTable
            table={loaded.table}
            mapping={loaded.mapping}
            onChange={(mapping) => setLoaded({ ...loaded, mapping, analysis: undefined })}
            t={t}
          />
          <button type="button" onClick={analyse}>
            {t("icpAnalyse")}
          </button>
        </>
      )}
      {analysis?.ok === false && (
        <ul className="notice" role="alert">
          {analysis.errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {analysis?.ok === true && (
        <>
          <p role="status">
            {t("icpAnalysisSummary", {
              customers: String(analysis.analysis.customers),
              top: String(analysis.analysis.topCustomers),
              threshold: analysis.analysis.topThreshold.toLocaleString(language),
            })}
            {analysis.analysis.skippedRows > 0 &&
              ` ${t("icpSkippedRows", { count: String(analysis.analysis.skippedRows) })}`}
          </p>
          {dimensions.map(([dimension, title]) => (
            <SegmentTable
              key={dimension}
              title={t(title)}
              segments={analysis.analysis.segments[dimension]}
              t={t}
              language={language}
            />
          ))}
          <ProposalList
            key={loaded?.proposals?.[0]?.id}
            proposals={loaded?.proposals ?? []}
            onAccept={(criteria) => void accept(criteria)}
            t={t}
          />
        </>
      )}
    </section>
  );
}
