import type { Seniority } from "./types";

// Checked in order: "Senior Engineering Intern" is an intern, "Head of Sales (Senior)" a head.
const levels: readonly (readonly [Seniority, RegExp])[] = [
  [
    "intern",
    /\b(intern(ship)?s?|praktik\w*|werkstudent\w*|working student|trainee|azubi|auszubildende\w*|ausbildung|apprentice\w*)\b/i,
  ],
  [
    "executive",
    /\b(chief|c[etofmprs]o|vp|svp|evp|vice president|president|geschäftsführ\w*|managing director|general manager|vorstand\w*)\b/i,
  ],
  ["head", /\b(head of|head|director|leiter\w*|leitung|bereichsleit\w*)\b/i],
  ["lead", /\b(lead|principal|staff|team ?lead\w*|teamleit\w*|architect)\b/i],
  ["junior", /\b(junior|jr\.?|entry[- ]level|graduate|berufseinsteiger\w*)\b/i],
  ["senior", /\b(senior|sr\.?|erfahrene[rn]?)\b/i],
  ["mid", /\b(mid[- ]?level|medior|intermediate|professional)\b/i],
];

/** Seniority implied by a job title, when the title says so. */
export function seniorityOf(title: string): Seniority | undefined {
  return levels.find(([, pattern]) => pattern.test(title))?.[0];
}
