import type { UiLanguage } from "@/lib/i18n/messages";
import type { IcpCriterion } from "@/lib/model/icp";
import { companyTypes } from "@/lib/scoring/normalise/company-type";
import { fundingStages } from "@/lib/scoring/normalise/funding-stage";
import { industryIds, industryLabel } from "@/lib/scoring/normalise/industry";
import { jobFunctions, seniorities } from "@/lib/scoring/normalise/title";
import type { Translate } from "../use-ui-language";
import { CountriesInput } from "./CountriesInput";
import { ChoiceSelect, ListInput, MultiSelect, NumberInput, optionsOf } from "./inputs";

type Props<C extends IcpCriterion> = {
  criterion: C;
  onChange: (criterion: C) => void;
  t: Translate;
  language: UiLanguage;
};

const functionOptions = optionsOf(jobFunctions);
const upper = (value: string) => value.toUpperCase();

/** The value fields of one criterion, by kind; importance is edited beside it. */
export function CriterionFields(props: Props<IcpCriterion>) {
  const { criterion: c, t } = props;
  const set = <C extends IcpCriterion>(current: C, patch: Partial<C>) => props.onChange({ ...current, ...patch });
  const bounds = (min: number | undefined, max: number | undefined, apply: (min?: number, max?: number) => void) => (
    <div className="row">
      <div>
        <NumberInput label={t("icpMin")} value={min} min={0} onChange={(value) => apply(value, max)} />
      </div>
      <div>
        <NumberInput label={t("icpMax")} value={max} min={0} onChange={(value) => apply(min, value)} />
      </div>
    </div>
  );
  switch (c.kind) {
    case "industry":
      return (
        <MultiSelect
          hint={t("icpMultiHint")}
          label={t("icpValues")}
          options={optionsOf(industryIds, (id) => industryLabel(id, props.language))}
          values={c.industries}
          onChange={(industries) => set(c, { industries })}
        />
      );
    case "employees":
    case "revenue":
      return (
        <>
          {bounds(c.min, c.max, (min, max) => set(c, { min, max }))}
          {c.kind === "revenue" && (
            <ChoiceSelect
              label={t("icpCurrency")}
              options={optionsOf(["EUR", "USD", "GBP", "CHF"] as const)}
              value={c.currency}
              onChange={(currency) => currency && set(c, { currency })}
            />
          )}
        </>
      );
    case "founded":
      return bounds(c.from, c.to, (from, to) => set(c, { from, to }));
    case "company-type":
      return (
        <MultiSelect
          hint={t("icpMultiHint")}
          label={t("icpValues")}
          options={optionsOf(companyTypes)}
          values={c.types}
          onChange={(types) => set(c, { types })}
        />
      );
    case "technology":
      return (
        <>
          <ChoiceSelect
            label={t("icpMode")}
            options={[
              { value: "any", label: t("icpModeAny") },
              { value: "all", label: t("icpModeAll") },
              { value: "none", label: t("icpModeNone") },
            ]}
            value={c.mode}
            onChange={(mode) => mode && set(c, { mode })}
          />
          <ListInput
            label={t("icpValues")}
            hint={t("icpCommaHint")}
            values={c.technologies}
            onChange={(technologies) => set(c, { technologies })}
          />
        </>
      );
    case "department-size":
      return (
        <>
          <ChoiceSelect
            label={t("icpDepartment")}
            options={functionOptions}
            value={c.department}
            onChange={(department) => department && set(c, { department })}
          />
          {bounds(c.min, c.max, (min, max) => set(c, { min, max }))}
        </>
      );
    case "roles-present":
    case "job-function":
      return (
        <MultiSelect
          hint={t("icpMultiHint")}
          label={t("icpValues")}
          options={functionOptions}
          values={c.functions}
          onChange={(functions) => set(c, { functions })}
        />
      );
    case "location":
      return (
        <>
          <ChoiceSelect
            label={t("icpLocationOf")}
            options={[
              { value: "company", label: t("icpOfCompany") },
              { value: "person", label: t("icpOfPerson") },
            ]}
            value={c.of ?? "company"}
            onChange={(of) => set(c, { of })}
          />
          <CountriesInput values={c.countries} onChange={(countries) => set(c, { countries })} t={t} />
          <ListInput
            label={t("icpRegions")}
            hint="DE-BY, AT-9"
            values={c.regions}
            transform={upper}
            onChange={(regions) => set(c, { regions })}
          />
          <ListInput
            label={t("icpCities")}
            hint="Berlin, Wien"
            values={c.cities}
            onChange={(cities) => set(c, { cities })}
          />
        </>
      );
    case "funding-stage":
      return (
        <MultiSelect
          hint={t("icpMultiHint")}
          label={t("icpValues")}
          options={optionsOf(fundingStages)}
          values={c.stages}
          onChange={(stages) => set(c, { stages })}
        />
      );
    case "raised-within":
      return (
        <NumberInput
          label={t("icpMonths")}
          value={c.months}
          min={1}
          max={120}
          onChange={(months) => set(c, { months: months ?? 0 })}
        />
      );
    case "hiring":
      return (
        <>
          <ChoiceSelect
            label={t("icpDepartment")}
            options={functionOptions}
            emptyLabel={t("icpAnyDepartment")}
            value={c.department}
            onChange={(department) => set(c, { department })}
          />
          <NumberInput
            label={t("icpMinOpenJobs")}
            value={c.minOpenJobs}
            min={1}
            onChange={(minOpenJobs) => set(c, { minOpenJobs })}
          />
        </>
      );
    case "headcount-growth":
      return (
        <NumberInput
          label={t("icpMinPercent")}
          value={c.minPercent}
          onChange={(minPercent) => set(c, { minPercent: minPercent ?? 0 })}
        />
      );
    case "seniority":
      return (
        <MultiSelect
          hint={t("icpMultiHint")}
          label={t("icpValues")}
          options={optionsOf(seniorities)}
          values={c.seniorities}
          onChange={(values) => set(c, { seniorities: values })}
        />
      );
    case "title-keywords":
      return (
        <ListInput
          label={t("icpValues")}
          hint={t("icpCommaHint")}
          values={c.keywords}
          onChange={(keywords) => set(c, { keywords })}
        />
      );
  }
}
