import type { CriterionKind } from "../model/icp";

export type HintLanguage = "en" | "de";

/** What to open to fill a gap, per criterion kind and UI language; several kinds share a page. */
const hints: Record<HintLanguage, Record<CriterionKind | "person-location", string>> = {
  en: {
    industry: "Industry unknown: open the LinkedIn company page",
    employees: "Company size unknown: open the LinkedIn company page",
    revenue: "Revenue unknown: check the company's Impressum, annual report or CRM record",
    founded: "Founding year unknown: open the LinkedIn company page",
    "company-type": "Company type unknown: open the LinkedIn company page",
    technology: "Tech stack unknown: research the company website",
    "department-size": "Team sizes unknown: open the People tab of the LinkedIn company page",
    "roles-present": "Team sizes unknown: open the People tab of the LinkedIn company page",
    location: "Location unknown: open the LinkedIn company page",
    "funding-stage": "Funding unknown: check the company's press page or news",
    "raised-within": "Funding unknown: check the company's press page or news",
    hiring: "Hiring unknown: open the Jobs tab of the LinkedIn company page or the careers page",
    "headcount-growth": "Headcount growth unknown: open the LinkedIn company page",
    seniority: "Role unknown: open the person's LinkedIn profile",
    "job-function": "Role unknown: open the person's LinkedIn profile",
    "title-keywords": "Role unknown: open the person's LinkedIn profile",
    "person-location": "Location unknown: open the person's LinkedIn profile",
  },
  de: {
    industry: "Branche unbekannt: LinkedIn-Unternehmensseite öffnen",
    employees: "Unternehmensgröße unbekannt: LinkedIn-Unternehmensseite öffnen",
    revenue: "Umsatz unbekannt: Impressum, Geschäftsbericht oder CRM-Eintrag prüfen",
    founded: "Gründungsjahr unbekannt: LinkedIn-Unternehmensseite öffnen",
    "company-type": "Unternehmensart unbekannt: LinkedIn-Unternehmensseite öffnen",
    technology: "Technologien unbekannt: Website des Unternehmens recherchieren",
    "department-size": "Teamgrößen unbekannt: Reiter „Personen“ der LinkedIn-Unternehmensseite öffnen",
    "roles-present": "Teamgrößen unbekannt: Reiter „Personen“ der LinkedIn-Unternehmensseite öffnen",
    location: "Standort unbekannt: LinkedIn-Unternehmensseite öffnen",
    "funding-stage": "Finanzierung unbekannt: Presseseite oder Nachrichten des Unternehmens prüfen",
    "raised-within": "Finanzierung unbekannt: Presseseite oder Nachrichten des Unternehmens prüfen",
    hiring: "Stellen unbekannt: Reiter „Jobs“ auf LinkedIn oder die Karriereseite öffnen",
    "headcount-growth": "Mitarbeiterwachstum unbekannt: LinkedIn-Unternehmensseite öffnen",
    seniority: "Position unbekannt: LinkedIn-Profil der Person öffnen",
    "job-function": "Position unbekannt: LinkedIn-Profil der Person öffnen",
    "title-keywords": "Position unbekannt: LinkedIn-Profil der Person öffnen",
    "person-location": "Standort unbekannt: LinkedIn-Profil der Person öffnen",
  },
};

export function researchHint(kind: CriterionKind, ofPerson = false, language: HintLanguage = "en"): string {
  return hints[language][kind === "location" && ofPerson ? "person-location" : kind];
}
