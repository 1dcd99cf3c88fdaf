import { fold, memoise } from "./text";

/** Ordered from earliest to latest, so "series B or later" is an index comparison. */
export const fundingStages = [
  "pre-seed",
  "seed",
  "series-a",
  "series-b",
  "series-c",
  "series-d-plus",
  "private-equity",
  "public",
] as const;
export type FundingStage = (typeof fundingStages)[number];

const rules: readonly (readonly [RegExp, FundingStage])[] = [
  [/pre-?seed/, "pre-seed"],
  [/seed|angel|business angel/, "seed"],
  [/serie[sn]? a\b/, "series-a"],
  [/serie[sn]? b\b/, "series-b"],
  [/serie[sn]? c\b/, "series-c"],
  [/serie[sn]? [d-j]\b/, "series-d-plus"],
  [/private equity|buyout|\bpe\b/, "private-equity"],
  [/\bipo\b|post-ipo|borsengang|public/, "public"],
];

/** Crunchbase / LinkedIn round names ("Series A", "Serie B", "Pre-Seed", "IPO") → stage. */
export const normaliseFundingStage = memoise((round: string): FundingStage | undefined => {
  const folded = fold(round);
  return rules.find(([pattern]) => pattern.test(folded))?.[1];
});
