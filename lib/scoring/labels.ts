import { compactMoney } from "../i18n/compact-money";
import type { CriterionKind, CriterionOf, IcpCriterion } from "../model/icp";
import { industryLabel } from "./normalise/industry";
import type { HintLanguage } from "./research";

/** The words of the descriptions in each UI language; one set of describers uses them. */
const words = {
  en: {
    industry: "Industry",
    employees: "Employees",
    revenue: "Revenue",
    founded: "Founded",
    companyType: "Company type",
    uses: { any: "Uses any of", all: "Uses all of", none: "Uses none of" },
    team: (department: string) => `${department} team`,
    hasPeopleIn: "Has people in",
    person: "Person",
    company: "Company",
    locatedIn: "in",
    fundingStage: "Funding stage",
    raisedWithin: (months: number) => `Raised money in the last ${months} months`,
    hiring: "Hiring",
    hiringIn: (department: string) => ` in ${department}`,
    openJobs: (count: number) => `: ${count}+ open jobs`,
    growth: (percent: number) => `Headcount growth: ${percent}% or more`,
    seniority: "Seniority",
    jobFunction: "Function",
    titleContains: "Title contains",
    atLeast: "at least",
    atMost: "at most",
    any: "any",
  },
  de: {
    industry: "Branche",
    employees: "Mitarbeitende",
    revenue: "Umsatz",
    founded: "Gegründet",
    companyType: "Unternehmensart",
    uses: { any: "Nutzt eines von", all: "Nutzt alle von", none: "Nutzt keines von" },
    team: (department: string) => `Team ${department}`,
    hasPeopleIn: "Hat Personen in",
    person: "Person",
    company: "Unternehmen",
    locatedIn: "in",
    fundingStage: "Finanzierungsphase",
    raisedWithin: (months: number) => `Finanzierung in den letzten ${months} Monaten`,
    hiring: "Stellt ein",
    hiringIn: (department: string) => ` im Bereich ${department}`,
    openJobs: (count: number) => `: ${count}+ offene Stellen`,
    growth: (percent: number) => `Mitarbeiterwachstum: mindestens ${percent} %`,
    seniority: "Hierarchieebene",
    jobFunction: "Funktion",
    titleContains: "Titel enthält",
    atLeast: "mindestens",
    atMost: "höchstens",
    any: "beliebig",
  },
} satisfies Record<HintLanguage, unknown>;

type Words = (typeof words)["en"];
type Describers = { [K in CriterionKind]: (criterion: CriterionOf<K>, w: Words, locale: string) => string };

/** Descriptions for criteria without a label of their own. */
const describers: Describers = {
  industry: (c, w) => `${w.industry}: ${c.industries.map((id) => industryLabel(id)).join(", ")}`,
  employees: (c, w, locale) => `${w.employees}: ${bounds(c.min, c.max, (n) => n.toLocaleString(locale), w)}`,
  revenue: (c, w) => `${w.revenue}: ${bounds(c.min, c.max, (n) => compactMoney(n, c.currency ?? "EUR", "en-US"), w)}`,
  founded: (c, w) => `${w.founded}: ${bounds(c.from, c.to, String, w)}`,
  "company-type": (c, w) => `${w.companyType}: ${c.types.join(", ")}`,
  technology: (c, w) => `${w.uses[c.mode]}: ${c.technologies.join(", ")}`,
  "department-size": (c, w) => `${w.team(c.department)}: ${bounds(c.min, c.max, String, w)}`,
  "roles-present": (c, w) => `${w.hasPeopleIn}: ${c.functions.join(", ")}`,
  location: (c, w) => `${c.of === "person" ? w.person : w.company} ${w.locatedIn} ${places(c).join(", ")}`,
  "funding-stage": (c, w) => `${w.fundingStage}: ${c.stages.join(", ")}`,
  "raised-within": (c, w) => w.raisedWithin(c.months),
  hiring: (c, w) =>
    `${w.hiring}${c.department ? w.hiringIn(c.department) : ""}${c.minOpenJobs ? w.openJobs(c.minOpenJobs) : ""}`,
  "headcount-growth": (c, w) => w.growth(c.minPercent),
  seniority: (c, w) => `${w.seniority}: ${c.seniorities.join(", ")}`,
  "job-function": (c, w) => `${w.jobFunction}: ${c.functions.join(", ")}`,
  "title-keywords": (c, w) => `${w.titleContains}: ${c.keywords.join(", ")}`,
};

/** The criterion's own label, else a description in the UI language. */
export function describeCriterion(criterion: IcpCriterion, language: HintLanguage = "en"): string {
  if (criterion.label) return criterion.label;
  const describe = describers[criterion.kind] as (criterion: IcpCriterion, w: Words, locale: string) => string;
  return describe(criterion, words[language], language === "de" ? "de-DE" : "en");
}

function bounds(min: number | undefined, max: number | undefined, format: (n: number) => string, w: Words): string {
  if (min !== undefined && max !== undefined) return `${format(min)}-${format(max)}`;
  if (min !== undefined) return `${w.atLeast} ${format(min)}`;
  return max !== undefined ? `${w.atMost} ${format(max)}` : w.any;
}

function places(criterion: CriterionOf<"location">): string[] {
  return [...(criterion.countries ?? []), ...(criterion.regions ?? []), ...(criterion.cities ?? [])];
}
