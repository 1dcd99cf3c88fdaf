/** Which fields each offer list has and how they are labelled; the Zod paths of their errors too. */
import type { MessageKey } from "@/lib/i18n/messages";
import type { CtaKind, PriceAnchor } from "@/lib/model";
import type { Column } from "./ListEditor";

const dimensionOptions = [
  { value: "cost", label: "offerDimCost" },
  { value: "time", label: "offerDimTime" },
  { value: "quality", label: "offerDimQuality" },
  { value: "risk", label: "offerDimRisk" },
] as const;

export const metricColumns: readonly Column[] = [
  { key: "dimension", label: "offerDimension", options: dimensionOptions },
  { key: "value", label: "offerValue", numeric: true },
  { key: "unit", label: "offerUnit" },
  { key: "label", label: "offerLabel" },
];

export const caseStudyColumns: readonly Column[] = [
  { key: "customer", label: "offerCustomer" },
  { key: "industry", label: "offerIndustry" },
  { key: "value", label: "offerValue", numeric: true, errorPath: "outcome.value" },
  { key: "unit", label: "offerUnit", errorPath: "outcome.unit" },
  { key: "label", label: "offerLabel", errorPath: "outcome.label" },
  { key: "timeframe", label: "offerTimeframe" },
];

export const referenceColumns: readonly Column[] = [
  { key: "name", label: "offerReferenceName" },
  { key: "industry", label: "offerIndustry" },
];

export const ctaOptions: readonly { value: CtaKind; label: MessageKey }[] = [
  { value: "call-15", label: "offerCtaCall15" },
  { value: "video", label: "offerCtaVideo" },
  { value: "benchmark", label: "offerCtaBenchmark" },
  { value: "custom", label: "offerCtaCustom" },
];

export const perOptions: readonly { value: PriceAnchor["per"]; label: MessageKey }[] = [
  { value: "month", label: "offerPerMonth" },
  { value: "year", label: "offerPerYear" },
  { value: "user-month", label: "offerPerUserMonth" },
  { value: "once", label: "offerPerOnce" },
];
