import type { MessageKey } from "@/lib/i18n/messages";
import { type Advice, adviseIcp, recommendedCriteria } from "@/lib/icp/advice";
import { withId } from "@/lib/icp/templates";
import type { Icp, IcpCriterionDraft } from "@/lib/model/icp";
import { describeCriterion } from "@/lib/scoring/labels";
import { type Translate, useTranslate } from "../use-ui-language";
import { kindLabels } from "./labels";

const adviceKeys: Record<string, MessageKey> = {
  "too-few": "icpAdviceTooFew",
  many: "icpAdviceMany",
  "too-many": "icpAdviceTooMany",
  "only-knockouts": "icpAdviceOnlyKnockouts",
  "many-knockouts": "icpAdviceManyKnockouts",
  "repeated-kind": "icpAdviceRepeatedKind",
};

type Props = { icp: Pick<Icp, "criteria">; onAdd: (draft: IcpCriterionDraft) => void; t: Translate };

/** The methodology's advice on the ICP being edited: 3-5 criteria, weights over knock-outs. */
export function AdvicePanel({ icp, onAdd, t }: Props) {
  const { language } = useTranslate();
  const { advice, suggestions } = adviseIcp(icp);
  const params = adviceParams(icp, t);
  return (
    <section className="notice" aria-label={t("icpAdvice")} data-testid="icp-advice">
      <p>{t("icpAdviceRecommended", { min: String(recommendedCriteria.min), max: String(recommendedCriteria.max) })}</p>
      {advice.map((item) => (
        <p key={item.code} className={item.level === "warning" ? "icp-warning" : undefined}>
          {translateAdvice(item, params, t)}
        </p>
      ))}
      {suggestions.length > 0 && (
        <ul className="icp-suggestions">
          {suggestions.map((draft) => (
            <li key={draft.kind}>
              {describeCriterion(withId(draft, draft.kind), language)}{" "}
              <button type="button" className="secondary" onClick={() => onAdd(draft)}>
                {t("icpAddSuggestion", { kind: t(kindLabels[draft.kind]) })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function translateAdvice(item: Advice, params: Record<string, string>, t: Translate): string {
  const key = adviceKeys[item.code];
  return key ? t(key, params) : item.message;
}

function adviceParams(icp: Pick<Icp, "criteria">, t: Translate): Record<string, string> {
  const kinds = icp.criteria.map((criterion) => criterion.kind);
  const repeated = [...new Set(kinds.filter((kind, index) => kinds.indexOf(kind) !== index))];
  const knockouts = icp.criteria.filter((criterion) => criterion.importance.kind !== "weight").length;
  return {
    count: String(icp.criteria.length),
    missing: String(Math.max(0, recommendedCriteria.min - icp.criteria.length)),
    max: String(recommendedCriteria.max),
    warnAbove: String(recommendedCriteria.warnAbove),
    knockouts: String(knockouts),
    kinds: repeated.map((kind) => t(kindLabels[kind])).join(", "),
  };
}
