/** The offer as the form edits it (strings everywhere) and the way back, with Zod errors keyed by field path. */
import type { ZodError } from "zod";
import type { CtaKind, Offer, PriceAnchor } from "@/lib/model";

export type Row = Record<string, string>;

export interface OfferForm {
  productName: string;
  problem: string;
  successMetrics: Row[];
  alternativeWhat: string;
  alternativeShortfall: string;
  caseStudies: Row[];
  references: Row[];
  priceAmount: string;
  priceCurrency: string;
  pricePer: PriceAnchor["per"];
  ctaKind: CtaKind;
  ctaCustom: string;
  senderName: string;
  signature: string;
  defaultLanguage: "en" | "de";
  formality: "du" | "sie";
}

export const blankMetric: Row = { dimension: "time", value: "", unit: "", label: "" };
export const blankCaseStudy: Row = { customer: "", industry: "", value: "", unit: "", label: "", timeframe: "" };
export const blankReference: Row = { name: "", industry: "" };

/** The form for the stored offer, or an empty one. */
export function formFromOffer(offer: Offer | undefined): OfferForm {
  return {
    productName: offer?.productName ?? "",
    problem: offer?.problem ?? "",
    successMetrics: (offer?.successMetrics ?? []).map((metric) => ({ ...metric, value: String(metric.value) })),
    alternativeWhat: offer?.currentAlternative?.what ?? "",
    alternativeShortfall: offer?.currentAlternative?.shortfall ?? "",
    caseStudies: (offer?.proof.caseStudies ?? []).map((study) => ({
      customer: study.customer,
      industry: study.industry ?? "",
      value: String(study.outcome.value),
      unit: study.outcome.unit,
      label: study.outcome.label,
      timeframe: study.timeframe ?? "",
    })),
    references: (offer?.proof.references ?? []).map((reference) => ({ ...reference })),
    priceAmount: offer?.priceAnchor ? String(offer.priceAnchor.amount) : "",
    priceCurrency: offer?.priceAnchor?.currency ?? "EUR",
    pricePer: offer?.priceAnchor?.per ?? "month",
    ctaKind: offer?.cta.kind ?? "call-15",
    ctaCustom: offer?.cta.custom ?? "",
    senderName: offer?.senderName ?? "",
    signature: offer?.signature ?? "",
    defaultLanguage: offer?.defaultLanguage ?? "en",
    formality: offer?.formality ?? "sie",
  };
}

/** "" stays missing (Zod says so at the field); "1,5" is read the German way. */
function number(text: string | undefined): number | undefined {
  const trimmed = text?.trim() ?? "";
  return trimmed === "" ? undefined : Number(trimmed.replace(",", "."));
}

function optional(text: string | undefined): string | undefined {
  return text?.trim() ? text : undefined;
}

/** Unvalidated on purpose: offerSchema.safeParse decides, and names each field that is wrong. */
export function offerInputFromForm(form: OfferForm) {
  const hasAlternative = form.alternativeWhat.trim() || form.alternativeShortfall.trim();
  return {
    productName: form.productName,
    problem: form.problem,
    successMetrics: form.successMetrics.map((row) => ({
      dimension: row.dimension,
      value: number(row.value),
      unit: row.unit ?? "",
      label: row.label ?? "",
    })),
    currentAlternative: hasAlternative
      ? { what: form.alternativeWhat, shortfall: form.alternativeShortfall }
      : undefined,
    proof: {
      caseStudies: form.caseStudies.map((row) => ({
        customer: row.customer ?? "",
        industry: optional(row.industry),
        outcome: { value: number(row.value), unit: row.unit ?? "", label: row.label ?? "" },
        timeframe: optional(row.timeframe),
      })),
      references: form.references.map((row) => ({ name: row.name ?? "", industry: row.industry ?? "" })),
    },
    priceAnchor:
      form.priceAmount.trim() === ""
        ? undefined
        : { amount: number(form.priceAmount), currency: form.priceCurrency.trim(), per: form.pricePer },
    cta: { kind: form.ctaKind, custom: form.ctaKind === "custom" ? optional(form.ctaCustom) : undefined },
    senderName: form.senderName,
    signature: form.signature,
    defaultLanguage: form.defaultLanguage,
    formality: form.formality,
  };
}

export type FieldProblem = "required" | "number" | "other";

/** Zod's two commonest complaints in words a user understands; anything rarer keeps Zod's own message. */
function problemOf(issue: ZodError["issues"][number]): FieldProblem {
  if (issue.code === "too_small" && issue.origin === "string") return "required";
  if (issue.code === "invalid_type" && issue.expected === "number") return "number";
  return "other";
}

/** The first message per field, keyed like the inputs' names ("successMetrics.0.value"). */
export function errorsByPath(error: ZodError, say: (problem: FieldProblem) => string | undefined = () => undefined) {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= say(problemOf(issue)) ?? issue.message;
  }
  return errors;
}
