import { signalText } from "../i18n/signal-text";
import type { CaseStudy, Offer, Reference } from "../model/offer";
import type { SignalType } from "../model/signal";
import type { ParsedSequenceInput, SignalInput, SourcedFact } from "./input";
import { fill, phraseText, type Vars } from "./render";
import type { Formality, Language } from "./salutation";
import type { Phrase, TemplatePack } from "./templates/types";
import { asClause, asSentence, formatList, formatMetric, formatMoney } from "./text";

/** How much a signal says "now is the time"; ties go to the most recent. */
const SIGNAL_WEIGHT: Record<SignalType, number> = {
  funding: 5,
  "leadership-change": 4,
  "job-change": 4,
  "product-launch": 4,
  "new-market": 4,
  // A company that just bought another merges teams and tools: a reason to talk now.
  acquisition: 4,
  hiring: 3,
  "headcount-growth": 3,
  partnership: 2,
  post: 2,
};

export function rankSignals(signals: readonly SignalInput[]): SignalInput[] {
  return [...signals].sort((a, b) => SIGNAL_WEIGHT[b.type] - SIGNAL_WEIGHT[a.type] || b.date - a.date);
}

/** The first three facts, rotated by the seed so each draft opens with a different one. */
export function arrangeFacts(facts: readonly SourcedFact[], seed: number): SourcedFact[] {
  const three = facts.slice(0, 3);
  const shift = three.length > 0 ? seed % three.length : 0;
  return [...three.slice(shift), ...three.slice(0, shift)];
}

function sameIndustry(industry: string | undefined, candidate: string | undefined): boolean {
  return !!industry && !!candidate && candidate.toLowerCase() === industry.toLowerCase();
}

/** A case study from the prospect's own industry convinces most; otherwise the first one. */
function pickCase(cases: readonly CaseStudy[], industry: string | undefined): CaseStudy | undefined {
  return cases.find((item) => sameIndustry(industry, item.industry)) ?? cases[0];
}

function referenceList(references: readonly Reference[], industry: string | undefined, language: Language) {
  if (references.length === 0) return undefined;
  const sorted = [...references].sort(
    (a, b) => Number(sameIndustry(industry, b.industry)) - Number(sameIndustry(industry, a.industry)),
  );
  return formatList(
    sorted.slice(0, 3).map((ref) => `${ref.name} (${ref.industry})`),
    language,
  );
}

function offerVars(offer: Offer | undefined, industry: string | undefined, pack: TemplatePack): Vars {
  if (!offer) return {};
  const language = pack.language;
  const metric = offer.successMetrics[0];
  const story = pickCase(offer.proof.caseStudies, industry);
  const price = offer.priceAnchor;
  return {
    product: offer.productName,
    problem: asClause(offer.problem),
    metric1: metric && formatMetric(metric, language),
    alternative: offer.currentAlternative && asClause(offer.currentAlternative.what),
    shortfall: offer.currentAlternative && asClause(offer.currentAlternative.shortfall),
    caseCustomer: story?.customer,
    caseIndustry: story?.industry,
    caseOutcome: story && formatMetric(story.outcome, language),
    caseTimeframe: story?.timeframe && asClause(story.timeframe),
    references: referenceList(offer.proof.references, industry, language),
    price: price && fill(pack.price, { amount: formatMoney(price, language), per: pack.pricePer[price.per] })?.text,
  };
}

function ctaVars(offer: Offer | undefined, pack: TemplatePack, formality: Formality): Vars {
  const cta = pack.cta[offer?.cta.kind ?? "call-15"];
  const base: Vars = { ctaCustom: offer?.cta.custom && asClause(offer.cta.custom) };
  const render = (phrase: Phrase, lowerFirst: boolean) => {
    const text = fill(phraseText(phrase, formality), base)?.text;
    return lowerFirst && text ? text.charAt(0).toLocaleLowerCase() + text.slice(1) : text;
  };
  return {
    ...base,
    // The noun sits mid-sentence; a custom one keeps the user's own capitalisation.
    ctaNoun: offer?.cta.kind === "custom" ? base.ctaCustom : render(cta.noun, true),
    ctaAsk: render(cta.ask, false),
    ctaOffer: render(cta.offer, false),
  };
}

export interface VarsContext {
  input: ParsedSequenceInput;
  pack: TemplatePack;
  formality: Formality;
  firstName?: string;
  facts: readonly SourcedFact[];
  signals: readonly SignalInput[];
}

/** Every value a template may use; unknown ones stay undefined and rule their phrases out. */
export function buildVars(context: VarsContext): Vars {
  const { input, pack, formality, facts, signals } = context;
  const industry = input.company?.industry;
  return {
    company: input.company?.name,
    industry,
    firstName: context.firstName,
    fact1: facts[0] && asSentence(facts[0].text),
    fact2: facts[1] && asSentence(facts[1].text),
    fact3: facts[2] && asSentence(facts[2].text),
    // In the email's language where the extension worded the signal itself.
    signal1: signals[0] && asSentence(signalText(signals[0], pack.language)),
    signal2: signals[1] && asSentence(signalText(signals[1], pack.language)),
    ...offerVars(input.offer, industry, pack),
    ...ctaVars(input.offer, pack, formality),
  };
}
