import { useState } from "react";
import type { IcpCriterion } from "@/lib/model/icp";
import { describeCriterion } from "@/lib/scoring/labels";
import { type Translate, useTranslate } from "../use-ui-language";

type Props = { proposals: readonly IcpCriterion[]; onAccept: (criteria: IcpCriterion[]) => void; t: Translate };

/** Criteria proposed from the customer analysis; the user keeps the ones that make sense. */
export function ProposalList({ proposals, onAccept, t }: Props) {
  const { language } = useTranslate();
  const [rejected, setRejected] = useState<ReadonlySet<string>>(new Set());
  if (proposals.length === 0) return <p className="muted">{t("icpNoProposals")}</p>;
  const toggle = (id: string, keep: boolean) => {
    const next = new Set(rejected);
    if (keep) next.delete(id);
    else next.add(id);
    setRejected(next);
  };
  const accepted = proposals.filter((criterion) => !rejected.has(criterion.id));
  return (
    <div data-testid="icp-proposals">
      <h4>{t("icpProposed")}</h4>
      <ul className="icp-proposals">
        {proposals.map((criterion) => (
          <li key={criterion.id}>
            <label>
              <input
                type="checkbox"
                checked={!rejected.has(criterion.id)}
                onChange={(event) => toggle(criterion.id, event.target.checked)}
              />{" "}
              {describeCriterion(criterion, language)}
              {criterion.importance.kind === "weight" &&
                ` (${t("icpWeight", { weight: String(criterion.importance.weight) })})`}
            </label>
          </li>
        ))}
      </ul>
      <button type="button" disabled={accepted.length === 0} onClick={() => onAccept(accepted)}>
        {t("icpAcceptProposals")}
      </button>
    </div>
  );
}
