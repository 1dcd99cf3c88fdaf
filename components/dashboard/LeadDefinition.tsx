import { useLiveQuery } from "dexie-react-hooks";
import { useEffect } from "react";
import { getDatabase } from "@/lib/db";
import { REQUIRED_FACTS } from "@/lib/drafting/gates";
import type { MessageKey } from "@/lib/i18n/messages";
import { type CriterionImportance, criterionLayer, type IcpLayer } from "@/lib/model";
import { describeCriterion } from "@/lib/scoring/labels";
import { tierThresholds } from "@/lib/scoring/tier";
import { type Translate, useTranslate } from "../use-ui-language";

const layerLabels: Record<IcpLayer, MessageKey> = {
  firmographic: "dashLayerFirmographic",
  technographic: "dashLayerTechnographic",
  organisational: "dashLayerOrganisational",
  geographic: "dashLayerGeographic",
  business: "dashLayerBusiness",
  persona: "dashLayerPersona",
};

const printClass = "print-lead-definition";

/**
 * The one definition of a qualified lead that sales and marketing share: the
 * active ICP, its threshold and the three-facts rule, printable on its own.
 */
export function LeadDefinition({ t }: { t: Translate }) {
  const { language } = useTranslate();
  const icp = useLiveQuery(
    async () =>
      (await getDatabase()
        .icps.filter((i) => i.active)
        .first()) ?? null,
    [],
  );
  // Printing shows only this section; the class is dropped once the print dialog closes.
  useEffect(() => {
    const reset = () => document.body.classList.remove(printClass);
    window.addEventListener("afterprint", reset);
    return () => window.removeEventListener("afterprint", reset);
  }, []);
  const print = () => {
    document.body.classList.add(printClass);
    window.print();
  };
  return (
    <section aria-labelledby="dash-lead" className="dash-section lead-definition">
      <h2 id="dash-lead">{t("dashLeadDefinition")}</h2>
      {icp ? (
        <>
          <p>
            <strong>{icp.name}</strong>
            {icp.description && ` – ${icp.description}`}
          </p>
          <p>{t("dashLeadThreshold", { threshold: String(icp.threshold) })}</p>
          <ul>
            {icp.criteria.map((criterion) => (
              <li key={criterion.id}>
                {describeCriterion(criterion, language)}{" "}
                <span className="muted">
                  ({t(layerLabels[criterionLayer[criterion.kind]])}, {importanceText(criterion.importance, t)})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        icp === null && <p className="muted">{t("dashNoIcp")}</p>
      )}
      <p>{t("dashLeadFactsRule", { facts: String(REQUIRED_FACTS) })}</p>
      <p className="muted">
        {t("dashLeadTiers", {
          a: String(tierThresholds.A),
          b: String(tierThresholds.B),
          c: String(tierThresholds.C),
        })}
      </p>
      <div className="row no-print">
        <button type="button" onClick={print}>
          {t("dashPrint")}
        </button>
      </div>
    </section>
  );
}

function importanceText(importance: CriterionImportance, t: Translate): string {
  if (importance.kind === "must") return t("dashMust");
  if (importance.kind === "must-not") return t("dashMustNot");
  return t("dashWeight", { weight: String(importance.weight) });
}
