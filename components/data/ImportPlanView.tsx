import type { MessageKey } from "@/lib/i18n/messages";
import type { ImportPlan, SkipReason } from "@/lib/portability";
import type { Translate } from "../use-ui-language";

const reasonLabels: Record<SkipReason, MessageKey> = {
  "no-email": "dataSkipNoEmail",
  "unknown-email": "dataSkipUnknownEmail",
  "ambiguous-email": "dataSkipAmbiguousEmail",
  "bad-date": "dataSkipBadDate",
  "no-outcome": "dataSkipNoOutcome",
};

/** What an import would do, before it does it: matched rows, events, and every skipped row with its reason. */
export function ImportPlanView({ plan, problems, t }: { plan: ImportPlan; problems: string[]; t: Translate }) {
  return (
    <div data-testid="import-plan">
      <p>
        {t("dataPlanSummary", {
          rows: String(plan.matchedRows),
          events: String(plan.events.length),
          skipped: String(plan.skipped.length),
        })}
      </p>
      {plan.skipped.length > 0 && (
        <details open={plan.skipped.length <= 10}>
          <summary>{t("dataSkippedRows")}</summary>
          <ul>
            {plan.skipped.map((row) => (
              <li key={row.row}>
                {t("dataSkippedRow", { row: String(row.row), email: row.email ?? "–" })}: {t(reasonLabels[row.reason])}
              </li>
            ))}
          </ul>
        </details>
      )}
      {problems.length > 0 && (
        <ul className="muted">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
