import { useLiveQuery } from "dexie-react-hooks";
import { useState } from "react";
import { getDatabase, mergeCompanies } from "@/lib/db";
import type { Company } from "@/lib/model";
import type { Translate } from "../use-ui-language";

/** Merges a duplicate record of the same company (a website record next to the LinkedIn one) into this one. */
export function MergeCompany({ company, t }: { company: Company; t: Translate }) {
  const others =
    useLiveQuery(
      () =>
        getDatabase()
          .companies.orderBy("name")
          .filter((other) => other.id !== company.id)
          .toArray(),
      [company.id],
    ) ?? [];
  const [dropId, setDropId] = useState("");
  const [error, setError] = useState<string>();
  if (others.length === 0) return null;
  const merge = async () => {
    const drop = others.find((other) => other.id === dropId);
    if (!drop || !window.confirm(t("mergeConfirm", { name: drop.name, target: company.name }))) return;
    try {
      await mergeCompanies(getDatabase(), company.id, drop.id);
      setDropId("");
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <section className="card" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{t("mergeDuplicate")}</h2>
      <p className="muted">{t("mergeHelp")}</p>
      <div className="row">
        <label className="sr-only" htmlFor="merge-company">
          {t("mergeChoose")}
        </label>
        <select id="merge-company" value={dropId} onChange={(event) => setDropId(event.target.value)}>
          <option value="">{t("mergeChoose")}</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
              {other.domain ? ` (${other.domain})` : ""}
            </option>
          ))}
        </select>
        <button type="button" disabled={!dropId} onClick={() => void merge()}>
          {t("mergeButton")}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
