import type { Translate } from "@/components/use-ui-language";
import type { LanguageChoice } from "@/lib/drafting/language";
import type { SequenceDraft } from "@/lib/drafting/sequence";
import type { Offer } from "@/lib/model";
import type { Choice } from "./compose-model";
import { ctaLabel, languageReasonLabel, stepLabel } from "./labels";

interface OverviewProps {
  draft: SequenceDraft;
  offer?: Offer;
  factCount: number;
  score?: number;
  threshold?: number;
  /** What the prospect alone would get, to tell a followed language from an overridden one. */
  auto: LanguageChoice;
  t: Translate;
  onChoose(choice: Choice): void;
}

/** The call to action first, how each email leads to it, and the language and form of address. */
export function SequenceOverview({ draft, offer, factCount, score, threshold, auto, t, onChoose }: OverviewProps) {
  const reason = draft.language === auto.language ? auto.reason : "override";
  const cta = offer?.cta.kind === "custom" && offer.cta.custom ? offer.cta.custom : t(ctaLabel[draft.cta]);
  return (
    <section className="card" aria-labelledby="cta-heading">
      <h3 id="cta-heading">
        {t("draftCta")}: <span data-testid="cta">{cta}</span>
      </h3>
      <ol aria-label={t("draftLeadsTo")}>
        {draft.emails.map((email) => (
          <li key={email.step}>
            <strong>{t(stepLabel[email.step])}</strong>: {email.leadsTo}
          </li>
        ))}
      </ol>
      <dl>
        <dt>{t("draftFacts")}</dt>
        <dd data-testid="fact-count">{factCount} / 3</dd>
        <dt>{t("draftScore")}</dt>
        <dd data-testid="score">
          {score === undefined
            ? t("draftNotScored")
            : t("draftScoreValue", { score: String(Math.round(score)), threshold: String(threshold ?? "–") })}
        </dd>
      </dl>
      <div className="row">
        <div style={{ flex: 1 }}>
          <label htmlFor="draft-language">{t("language")}</label>
          <select
            id="draft-language"
            value={draft.language}
            onChange={(event) => onChoose({ language: event.target.value === "de" ? "de" : "en" })}
          >
            <option value="en">English</option>
            <option value="de">Deutsch</option>
          </select>
        </div>
        <div style={{ flex: 1 }}>
          <label htmlFor="draft-formality">{t("formality")}</label>
          <select
            id="draft-formality"
            value={draft.formality}
            onChange={(event) => onChoose({ formality: event.target.value === "du" ? "du" : "sie" })}
          >
            <option value="sie">Sie</option>
            <option value="du">Du</option>
          </select>
        </div>
      </div>
      <p className="muted">{t(languageReasonLabel[reason])}</p>
    </section>
  );
}
