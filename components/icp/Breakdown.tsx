import type { MessageKey, UiLanguage } from "@/lib/i18n/messages";
import { signalText } from "@/lib/i18n/signal-text";
import type { CriterionResult, CriterionStatus } from "@/lib/scoring/score";
import { isWebUrl, SafeLink } from "../SafeLink";
import type { Translate } from "../use-ui-language";

const statusLabels: Record<CriterionStatus, MessageKey> = {
  matched: "scoreMatched",
  "not-matched": "scoreNotMatched",
  unknown: "scoreUnknown",
};
const statusMarks: Record<CriterionStatus, string> = { matched: "✓", "not-matched": "✗", unknown: "?" };

/** One row per criterion: met or not (or unknown), what it was judged on and where that came from. */
export function Breakdown({
  rows,
  labelOf,
  language,
  t,
}: {
  rows: readonly CriterionResult[];
  /** The criterion's description in the UI language. */
  labelOf(row: CriterionResult): string;
  language: UiLanguage;
  t: Translate;
}) {
  return (
    <ul className="score-breakdown" data-testid="score-breakdown">
      {rows.map((row) => (
        <li key={row.criterionId} className={`score-row score-${row.status}`} data-status={row.status}>
          <span className="score-mark" aria-hidden="true">
            {statusMarks[row.status]}
          </span>
          <span className="score-label">
            {labelOf(row)}
            <span className="muted">
              {" · "}
              {t(statusLabels[row.status])}
              {" · "}
              {row.knockout
                ? t(row.knockout === "must" ? "scoreMust" : "scoreMustNot")
                : t("scoreWeight", { weight: String(row.weight) })}
            </span>
            {row.evidence && (
              <span className="score-evidence">
                {signalText({ summary: row.evidence.value, wording: row.evidence.wording }, language)}
                {isWebUrl(row.evidence.sourceUrl) && (
                  <>
                    {" "}
                    <SafeLink href={row.evidence.sourceUrl}>{t("source")}</SafeLink>
                  </>
                )}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
