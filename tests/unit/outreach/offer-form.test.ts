import { expect, test } from "vitest";
import { blankMetric, errorsByPath, formFromOffer, offerInputFromForm } from "@/components/offer/offer-form";
import { type Offer, offerSchema } from "@/lib/model";

// A fictional vendor.
const offer: Offer = offerSchema.parse({
  productName: "Lotse Dispatch",
  problem: "manual dispatch planning",
  successMetrics: [{ dimension: "time", value: 40, unit: "%", label: "less time on dispatch planning" }],
  currentAlternative: { what: "spreadsheets", shortfall: "delays show up too late" },
  proof: {
    caseStudies: [
      {
        customer: "Fjordline Logistik",
        industry: "logistics",
        outcome: { value: 12, unit: "h/week", label: "saved per dispatcher" },
        timeframe: "in six months",
      },
    ],
    references: [{ name: "Kranich Spedition", industry: "logistics" }],
  },
  priceAnchor: { amount: 490, currency: "EUR", per: "month" },
  cta: { kind: "custom", custom: "a free route audit" },
  senderName: "Mara Kessler",
  signature: "Lotse GmbH",
  defaultLanguage: "de",
  formality: "du",
});

test("an offer survives the round trip through the form", () => {
  expect(offerSchema.parse(offerInputFromForm(formFromOffer(offer)))).toEqual(offer);
});

test("a first offer starts empty with the 15-minute call and Sie", () => {
  expect(formFromOffer(undefined)).toMatchObject({ senderName: "", ctaKind: "call-15", formality: "sie" });
});

test("empty optional groups are left out and German decimals are read", () => {
  const form = {
    ...formFromOffer(offer),
    alternativeWhat: "",
    alternativeShortfall: "",
    priceAmount: " ",
    successMetrics: [{ ...blankMetric, value: "2,5", unit: "days", label: "faster onboarding" }],
  };
  const parsed = offerSchema.parse(offerInputFromForm(form));
  expect(parsed.currentAlternative).toBeUndefined();
  expect(parsed.priceAnchor).toBeUndefined();
  expect(parsed.successMetrics[0]?.value).toBe(2.5);
});

test("errors are keyed by the field path the inputs use, in plain words", () => {
  const form = {
    ...formFromOffer(offer),
    productName: "",
    ctaCustom: "",
    caseStudies: [{ customer: "Fjordline", industry: "", value: "lots", unit: "", label: "x", timeframe: "" }],
  };
  const result = offerSchema.safeParse(offerInputFromForm(form));
  expect(result.success).toBe(false);
  if (result.success) return;
  const errors = errorsByPath(result.error, (problem) => (problem === "other" ? undefined : problem));
  expect(errors).toMatchObject({
    productName: "required",
    "proof.caseStudies.0.outcome.value": "number",
    "cta.custom": expect.any(String),
  });
});
