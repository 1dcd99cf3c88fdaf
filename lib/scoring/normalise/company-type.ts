import { fold, memoise } from "./text";

export const companyTypes = [
  "private",
  "public",
  "self-employed",
  "partnership",
  "non-profit",
  "government",
  "education",
  "sole-proprietorship",
] as const;
export type CompanyType = (typeof companyTypes)[number];

const rules: readonly (readonly [RegExp, CompanyType])[] = [
  [/privately held|privatbesitz|privat|private/, "private"],
  [/public company|borsennotiert|public/, "public"],
  [/self-employed|selbststandig|freiberuf/, "self-employed"],
  [/partnership|personengesellschaft|partnerschaft/, "partnership"],
  [/nonprofit|non-profit|gemeinnutzig/, "non-profit"],
  [/government|behorde/, "government"],
  [/educational|bildungseinrichtung|education/, "education"],
  [/sole proprietorship|einzelunternehmen/, "sole-proprietorship"],
];

/** LinkedIn's company type ("Privately Held", "In Privatbesitz", "Börsennotiertes Unternehmen") → our id. */
export const normaliseCompanyType = memoise((text: string): CompanyType | undefined => {
  const folded = fold(text);
  return rules.find(([pattern]) => pattern.test(folded))?.[1];
});
