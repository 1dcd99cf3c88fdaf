import { fold, memoise } from "./text";

/** Highest first. "individual" is a known title without a seniority marker ("Software Engineer"). */
export const seniorities = ["c-level", "vp", "head", "director", "manager", "senior", "individual", "entry"] as const;
export type Seniority = (typeof seniorities)[number];

export const jobFunctions = [
  "executive",
  "sales",
  "marketing",
  "engineering",
  "product",
  "design",
  "data",
  "it",
  "operations",
  "finance",
  "hr",
  "customer-success",
  "legal",
  "other",
] as const;
export type JobFunction = (typeof jobFunctions)[number];

export type TitleClass = { seniority: Seniority; function: JobFunction };

type Rule<T> = readonly [RegExp, T];

/**
 * First match wins, so the order carries meaning: assistants before the boss they assist,
 * "vice president" before "president", team leads before the German "-leiter" heads.
 */
const seniorityRules: readonly Rule<Seniority>[] = [
  [/\b(assistant|assistenz|intern|praktikant(in)?|werkstudent(in)?|azubi|auszubildende[rn]?|trainee)\b/, "entry"],
  [/\b(vp|svp|evp|avp)\b|vice[- ]president|vizeprasident/, "vp"],
  [/\b(ceo|cto|cfo|coo|cmo|cio|cro|cpo|cso|cdo|cco|chro|chief)\b/, "c-level"],
  [/\b(co-?)?founder\b|\b(mit)?grunder(in)?\b|geschaftsfuhr|\bmanaging (director|partner)\b/, "c-level"],
  [/(?<!vice[- ])\bpresident\b|\b(owner|inhaber(in)?|vorstand\w*|prasident(in)?)\b/, "c-level"],
  [/\b(team|gruppen|projekt)leiter(in)?\b|\bteam ?lead\b|\bteamleitung\b/, "manager"],
  [/\bhead\b|leiter(in)?\b|\bleitung\b/, "head"],
  [/\b(director|direktor(in)?|prokurist(in)?)\b/, "director"],
  [/\b(manager(in)?|supervisor|lead)\b/, "manager"],
  [/\b(senior|sr\.?|principal|staff)\b/, "senior"],
  [/\b(junior|jr\.?|associate|graduate|berufseinsteiger(in)?)\b/, "entry"],
];

/** C-level acronyms name their function; other rules are keywords, specific before generic. */
const functionRules: readonly Rule<JobFunction>[] = [
  [/\b(ceo|chief executive)\b/, "executive"],
  [/\b(cto|chief technology)\b/, "engineering"],
  [/\b(cfo|chief financial)\b/, "finance"],
  [/\b(cmo|chief marketing)\b/, "marketing"],
  [/\b(cro|chief revenue|chief sales)\b/, "sales"],
  [/\b(coo|chief operating)\b/, "operations"],
  [/\b(chro|chief people|chief human)\b/, "hr"],
  [/\b(cio|chief information)\b/, "it"],
  [/\b(cpo|chief product)\b/, "product"],
  [/customer success|kundenerfolg|\bsupport\b|kundenservice|kundenbetreuung|customer experience/, "customer-success"],
  [/sales|vertrieb|verkauf|account (executive|manager)|business development|\b(bdr|sdr)\b|key account/, "sales"],
  [/marketing|growth|\bbrand|content|\bseo\b|communications|kommunikation|\bpr\b|demand gen/, "marketing"],
  [/product|produkt/, "product"],
  [/design|\bux\b|\bui\b/, "design"],
  // A software role on a data team ("Backend Engineer Data Platform") builds software; a "Data Engineer" works on data.
  [
    /\b(back|front)-?end\b|full-?stack|software ?(engineer|entwickl)|softwareentwickl|\b(developer|entwickler(in)?)\b/,
    "engineering",
  ],
  [/\bdata\b|daten|analytics|\bbi\b|machine learning/, "data"],
  [/\bit\b|information technology|informationstechn|\bedv\b|system ?admin|infrastructure|infrastruktur/, "it"],
  [
    /engineer|entwickl|developer|software|devops|architect|technik|technology|technolog|programmier|\bqa\b/,
    "engineering",
  ],
  [/financ|finanz|accounting|controll|buchhalt|treasury|rechnungswesen/, "finance"],
  [/\bhr\b|human resources|\bpeople\b|talent|recruit|personal/, "hr"],
  [/legal|counsel|\brecht|jurist|compliance/, "legal"],
  [/operations|\bbetrieb\b|logisti|supply chain|procurement|einkauf|office manage/, "operations"],
  [/founder|grunder|geschaftsfuhr|managing director|owner|inhaber|president|vorstand|general manager/, "executive"],
];

/** "Head of Sales DACH", "Vertriebsleiterin", "Geschäftsführer", "VP Engineering" → seniority and function. */
export const classifyTitle = memoise((title: string): TitleClass | undefined => {
  const folded = fold(title);
  if (folded === "") return undefined;
  return {
    seniority: firstMatch(seniorityRules, folded) ?? "individual",
    function: firstMatch(functionRules, folded) ?? "other",
  };
});

function firstMatch<T>(rules: readonly Rule<T>[], folded: string): T | undefined {
  return rules.find(([pattern]) => pattern.test(folded))?.[1];
}
