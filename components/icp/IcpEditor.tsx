import { useId, useState } from "react";
import { getDatabase } from "@/lib/db";
import { saveIcp } from "@/lib/db/icps";
import type { UiLanguage } from "@/lib/i18n/messages";
import type { FieldError } from "@/lib/icp/io";
import { withId } from "@/lib/icp/templates";
import {
  type CriterionKind,
  criterionLayer,
  type Icp,
  type IcpCriterion,
  type IcpCriterionDraft,
} from "@/lib/model/icp";
import { newId } from "@/lib/model/ids";
import type { Translate } from "../use-ui-language";
import { AdvicePanel } from "./AdvicePanel";
import { CriterionRow } from "./CriterionRow";
import { criterionDefaults, criterionKinds, layers } from "./criterion-defaults";
import { ChoiceSelect, NumberInput } from "./inputs";
import { kindLabels, layerLabels } from "./labels";

type Props = { icp: Icp; onClose: () => void; t: Translate; language: UiLanguage };

/** Edits one ICP as a draft; nothing is stored until it validates as a whole. */
export function IcpEditor({ icp, onClose, t, language }: Props) {
  const [draft, setDraft] = useState(icp);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState<string>();
  const [kind, setKind] = useState<CriterionKind>("industry");
  const nameId = useId();
  const descriptionId = useId();

  const setCriteria = (criteria: IcpCriterion[]) => setDraft((old) => ({ ...old, criteria }));
  const add = (next: IcpCriterionDraft) => setCriteria([...draft.criteria, withId(next, newId())]);
  const save = async () => {
    // Activation happens in the list meanwhile: keep the stored flag, not the draft's.
    const result = await saveIcp(getDatabase(), { ...draft, active: icp.active });
    setErrors(result.ok ? [] : result.errors);
    setStatus(result.ok ? t("saved") : t("icpNotSaved"));
  };
  const general = errors.filter((error) => !error.path.startsWith("criteria["));

  return (
    <section className="card icp-editor" aria-label={t("icpEditing", { name: icp.name })} data-testid="icp-editor">
      <label htmlFor={nameId}>{t("icpName")}</label>
      <input id={nameId} value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
      <label htmlFor={descriptionId}>{t("icpDescription")}</label>
      <textarea
        id={descriptionId}
        rows={2}
        value={draft.description ?? ""}
        onChange={(event) => setDraft({ ...draft, description: event.target.value || undefined })}
      />
      <NumberInput
        label={t("icpThreshold")}
        value={draft.threshold}
        min={0}
        max={100}
        onChange={(threshold) => setDraft({ ...draft, threshold: threshold ?? 0 })}
      />
      <p className="muted">{t("icpThresholdHint")}</p>
      <AdvicePanel icp={draft} onAdd={add} t={t} />
      {layers.map((layer) => {
        const rows = draft.criteria.flatMap((criterion, index) =>
          criterionLayer[criterion.kind] === layer ? [{ criterion, index }] : [],
        );
        if (rows.length === 0) return null;
        return (
          <fieldset key={layer} className="icp-layer">
            <legend>{t(layerLabels[layer])}</legend>
            <ul className="icp-criteria">
              {rows.map(({ criterion, index }) => (
                <CriterionRow
                  key={criterion.id}
                  criterion={criterion}
                  errors={errors.filter((error) => error.path.startsWith(`criteria[${index}]`))}
                  onChange={(next) => setCriteria(draft.criteria.map((old, i) => (i === index ? next : old)))}
                  onRemove={() => setCriteria(draft.criteria.filter((_, i) => i !== index))}
                  t={t}
                  language={language}
                />
              ))}
            </ul>
          </fieldset>
        );
      })}
      <div className="row icp-add">
        <div>
          <ChoiceSelect
            label={t("icpAddCriterion")}
            options={criterionKinds.map((value) => ({ value, label: t(kindLabels[value]) }))}
            value={kind}
            onChange={(value) => value && setKind(value)}
          />
        </div>
        <button type="button" className="secondary" onClick={() => add(criterionDefaults[kind])}>
          {t("icpAdd")}
        </button>
      </div>
      {general.length > 0 && (
        <ul className="icp-errors" role="alert">
          {general.map((error) => (
            <li key={error.path + error.message}>{error.path ? `${error.path}: ${error.message}` : error.message}</li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" onClick={() => void save()}>
          {t("save")}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t("icpClose")}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </section>
  );
}
