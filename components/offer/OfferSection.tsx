import { useLiveQuery } from "dexie-react-hooks";
import { type FormEvent, useState } from "react";
import type { Translate } from "@/components/use-ui-language";
import { getDatabase, loadOffer, saveOffer } from "@/lib/db";
import { offerSchema } from "@/lib/model";
import { SelectField, TextField } from "./Field";
import { ListEditor } from "./ListEditor";
import { caseStudyColumns, ctaOptions, metricColumns, perOptions, referenceColumns } from "./offer-fields";
import {
  blankCaseStudy,
  blankMetric,
  blankReference,
  errorsByPath,
  formFromOffer,
  type OfferForm,
  offerInputFromForm,
} from "./offer-form";

const problemKey = { required: "offerErrRequired", number: "offerErrNumber" } as const;

/** The offer editor on the options page: loaded once, validated with Zod, errors shown at their fields. */
export function OfferSection({ t }: { t: Translate }) {
  const loaded = useLiveQuery(async () => {
    const db = getDatabase();
    return formFromOffer(await loadOffer(db));
  }, []);
  if (!loaded) return null;
  return <OfferEditor initial={loaded} t={t} />;
}

function OfferEditor({ initial, t }: { initial: OfferForm; t: Translate }) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string>();
  const set =
    <K extends keyof OfferForm>(key: K) =>
    (value: OfferForm[K]) =>
      setForm({ ...form, [key]: value });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    event.preventDefault();
    const parsed = offerSchema.safeParse(offerInputFromForm(form));
    if (!parsed.success) {
      setErrors(errorsByPath(parsed.error, (problem) => (problem === "other" ? undefined : t(problemKey[problem]))));
      setStatus(t("offerInvalid"));
      // Keyboard and screen-reader users land on the first field to fix.
      requestAnimationFrame(() => element.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    await saveOffer(getDatabase(), parsed.data);
    setErrors({});
    setStatus(t("offerSaved"));
  };

  const text = (path: string, key: keyof OfferForm & string, label: Parameters<Translate>[0], multiline = false) => (
    <TextField
      path={path}
      label={t(label)}
      value={String(form[key])}
      error={errors[path]}
      multiline={multiline}
      onChange={(value) => setForm({ ...form, [key]: value })}
    />
  );
  const list = { errors, t };

  return (
    <section aria-labelledby="offer-heading" data-testid="offer-section">
      <h2 id="offer-heading">{t("offerHeading")}</h2>
      <p className="muted">{t("offerIntro")}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SelectField
          path="cta.kind"
          label={t("offerCta")}
          value={form.ctaKind}
          options={ctaOptions.map((option) => ({ value: option.value, label: t(option.label) }))}
          onChange={set("ctaKind")}
        />
        {form.ctaKind === "custom" && text("cta.custom", "ctaCustom", "offerCtaCustomText")}
        {text("productName", "productName", "offerProduct")}
        {text("problem", "problem", "offerProblem")}
        <ListEditor
          legend="offerMetrics"
          path="successMetrics"
          rows={form.successMetrics}
          columns={metricColumns}
          blank={blankMetric}
          onChange={set("successMetrics")}
          {...list}
        />
        {text("currentAlternative.what", "alternativeWhat", "offerAlternative")}
        {text("currentAlternative.shortfall", "alternativeShortfall", "offerShortfall")}
        <ListEditor
          legend="offerCaseStudies"
          path="proof.caseStudies"
          rows={form.caseStudies}
          columns={caseStudyColumns}
          blank={blankCaseStudy}
          onChange={set("caseStudies")}
          {...list}
        />
        <ListEditor
          legend="offerReferences"
          path="proof.references"
          rows={form.references}
          columns={referenceColumns}
          blank={blankReference}
          onChange={set("references")}
          {...list}
        />
        <fieldset className="card">
          <legend>{t("offerPrice")}</legend>
          {text("priceAnchor.amount", "priceAmount", "offerAmount")}
          {text("priceAnchor.currency", "priceCurrency", "offerCurrency")}
          <SelectField
            path="priceAnchor.per"
            label={t("offerPer")}
            value={form.pricePer}
            options={perOptions.map((option) => ({ value: option.value, label: t(option.label) }))}
            onChange={set("pricePer")}
          />
        </fieldset>
        {text("senderName", "senderName", "offerSender")}
        {text("signature", "signature", "offerSignature", true)}
        <SelectField
          path="defaultLanguage"
          label={t("offerLanguage")}
          value={form.defaultLanguage}
          options={[
            { value: "en", label: "English" },
            { value: "de", label: "Deutsch" },
          ]}
          onChange={set("defaultLanguage")}
        />
        <SelectField
          path="formality"
          label={t("offerFormality")}
          value={form.formality}
          options={[
            { value: "sie", label: "Sie" },
            { value: "du", label: "Du" },
          ]}
          onChange={set("formality")}
        />
        <div className="row">
          <button type="submit">{t("offerSave")}</button>
        </div>
        {status && <p role="status">{status}</p>}
      </form>
    </section>
  );
}
