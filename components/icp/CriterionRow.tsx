import type { UiLanguage } from "@/lib/i18n/messages";
import type { FieldError } from "@/lib/icp/io";
import type { CriterionImportance, IcpCriterion } from "@/lib/model/icp";
import { describeCriterion } from "@/lib/scoring/labels";
import type { Translate } from "../use-ui-language";
import { CriterionFields } from "./CriterionFields";
import { ChoiceSelect } from "./inputs";
import { kindLabels } from "./labels";

type ImportanceChoice = "1" | "2" | "3" | "4" | "5" | "must" | "must-not";

function choiceOf(importance: CriterionImportance): ImportanceChoice {
  return importance.kind === "weight" ? (String(importance.weight) as ImportanceChoice) : importance.kind;
}

function importanceOf(choice: ImportanceChoice): CriterionImportance {
  if (choice === "must" || choice === "must-not") return { kind: choice };
  return { kind: "weight", weight: Number(choice) };
}

type Props = {
  criterion: IcpCriterion;
  errors: readonly FieldError[];
  onChange: (criterion: IcpCriterion) => void;
  onRemove: () => void;
  t: Translate;
  language: UiLanguage;
};

/** One criterion: what it asks (as the score will label it), how much it counts, its values. */
export function CriterionRow({ criterion, errors, onChange, onRemove, t, language }: Props) {
  const weights = (["1", "2", "3", "4", "5"] as const).map((value) => ({
    value,
    label: t("icpWeight", { weight: value }),
  }));
  return (
    <li className="card icp-criterion" data-testid="icp-criterion">
      <div className="icp-criterion-head">
        <strong>{t(kindLabels[criterion.kind])}</strong>
        <span className="muted">{describeCriterion(criterion, language)}</span>
        <button type="button" className="secondary" onClick={onRemove}>
          {t("icpRemove")}
        </button>
      </div>
      <ChoiceSelect
        label={t("icpImportance")}
        options={[...weights, { value: "must", label: t("icpMust") }, { value: "must-not", label: t("icpMustNot") }]}
        value={choiceOf(criterion.importance)}
        onChange={(choice) => choice && onChange({ ...criterion, importance: importanceOf(choice) })}
      />
      <CriterionFields criterion={criterion} onChange={onChange} t={t} language={language} />
      {errors.length > 0 && (
        <ul className="icp-errors" role="alert">
          {errors.map((error) => (
            <li key={error.path + error.message}>{error.message}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
