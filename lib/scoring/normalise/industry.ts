import { type IndustryId, industryKeywords, industryTable } from "./industry-data";
import { fold, memoise } from "./text";

export type { IndustryId } from "./industry-data";

const byName = new Map<string, IndustryId>(
  industryTable.flatMap(([id, ...names]) => names.map((name) => [fold(name), id] as const)),
);

export const industryIds: readonly IndustryId[] = industryTable.map(([id]) => id);

export function isIndustryId(value: string): value is IndustryId {
  return (industryIds as readonly string[]).includes(value);
}

/**
 * A LinkedIn industry name (English or German, old or new taxonomy) or an id of ours →
 * taxonomy id. Unknown names fall back to keywords ("Fintech-Startup" → financial-services).
 */
export const normaliseIndustry = memoise((name: string): IndustryId | undefined => {
  const folded = fold(name);
  if (isIndustryId(folded)) return folded;
  return byName.get(folded) ?? industryKeywords.find(([keyword]) => folded.includes(keyword))?.[1];
});

export function industryLabel(id: IndustryId, language: "en" | "de" = "en"): string {
  const entry = industryTable.find(([entryId]) => entryId === id);
  return (language === "de" ? entry?.[2] : entry?.[1]) ?? id;
}
