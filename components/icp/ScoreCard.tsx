import { useLiveQuery } from "dexie-react-hooks";
import { useMemo } from "react";
import { getDatabase } from "@/lib/db";
import { activeIcp } from "@/lib/db/icps";
import { prospectSignals } from "@/lib/db/rescore";
import type { Company, Person } from "@/lib/model";
import { describeCriterion } from "@/lib/scoring/labels";
import { score } from "@/lib/scoring/score";
import { type Translate, useTranslate } from "../use-ui-language";
import { Breakdown } from "./Breakdown";
import "./icp.css";

/**
 * The prospect's fit with the active ICP, explained: score, tier, how much of the ICP is
 * known, each criterion with its evidence, and what to research next. Computed live
 * (scoring is pure and fast), so an edited ICP or a new signal shows at once.
 */
export function ScoreCard({ person, company, t }: { person: Person; company?: Company; t: Translate }) {
  const { language } = useTranslate();
  const context = useLiveQuery(async () => {
    const db = getDatabase();
    const [icp, signals] = await Promise.all([activeIcp(db), prospectSignals(db, person)]);
    return { icp, signals };
  }, [person, company]);
  const result = useMemo(
    () => (context?.icp ? score(person, company, context.icp, context.signals, Date.now(), language) : undefined),
    [person, company, context, language],
  );
  if (!context) return null;
  if (!context.icp || !result) return <NoIcp t={t} />;
  return (
    <article className="card score-card" aria-labelledby="score-title" data-testid="score-card">
      <h3 id="score-title">{t("scoreTitle", { name: context.icp.name })}</h3>
      <p className="score-head">
        <span className={`score-tier tier-${result.tier}`} data-testid="score-tier">
          {result.tier}
        </span>
        <span className="score-value" data-testid="score-value">
          {result.score}
        </span>
        <span className="muted">/ 100</span>
      </p>
      <p className="muted" data-testid="score-coverage">
        {t("scoreCoverage", { percent: `${Math.round(result.coverage * 100)}%` })}
      </p>
      <p>{scoreVerdict(result, context.icp.threshold, t)}</p>
      <Breakdown
        rows={result.breakdown}
        labelOf={(row) => {
          const criterion = context.icp?.criteria.find((candidate) => candidate.id === row.criterionId);
          return criterion ? describeCriterion(criterion, language) : row.label;
        }}
        language={language}
        t={t}
      />
      {result.nextResearch.length > 0 && (
        <section aria-labelledby="score-research">
          <h4 id="score-research">{t("scoreResearchNext")}</h4>
          <ul data-testid="score-research">
            {result.nextResearch.map((hint) => (
              <li key={hint}>{hint}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function scoreVerdict(result: { knockoutFailed: boolean; qualified: boolean }, threshold: number, t: Translate) {
  if (result.knockoutFailed) return t("scoreKnockoutFailed");
  return t(result.qualified ? "scoreQualified" : "scoreNotQualified", { threshold: String(threshold) });
}

function NoIcp({ t }: { t: Translate }) {
  return (
    <div className="card score-card" data-testid="score-no-icp">
      <p>{t("scoreNoIcp")}</p>
      <button type="button" className="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
        {t("scoreOpenOptions")}
      </button>
    </div>
  );
}
