import type { SignalWording } from "../model/signal";
import { classifyTitle, type JobFunction } from "../scoring/normalise/title";

type HiringWording = Extract<SignalWording, { kind: "hiring" }>;
export type HiringFunction = NonNullable<HiringWording["functions"]>[number];

// The mix names the few largest areas: a long tail of single roles says little.
const maxFunctions = 3;

/**
 * The areas the open roles are in, largest first ("2 engineering, 1 customer success"), read from
 * every role's title. Only when every open role's title is known: a sample would misstate the counts.
 */
export function hiringFunctions(openJobs: number, titles: readonly string[]): HiringFunction[] | undefined {
  if (titles.length === 0 || titles.length !== openJobs) return undefined;
  const counts = new Map<JobFunction, number>();
  for (const title of titles) {
    const area = classifyTitle(title)?.function;
    if (area && area !== "other") counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  const functions = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, maxFunctions)
    .map(([name, count]) => ({ name, count }));
  return functions.length ? functions : undefined;
}

const english: Record<JobFunction, string> = {
  executive: "executive",
  sales: "sales",
  marketing: "marketing",
  engineering: "engineering",
  product: "product",
  design: "design",
  data: "data",
  it: "IT",
  operations: "operations",
  finance: "finance",
  hr: "HR",
  "customer-success": "customer success",
  legal: "legal",
  other: "other",
};

const german: Record<JobFunction, string> = {
  executive: "Geschäftsführung",
  sales: "Vertrieb",
  marketing: "Marketing",
  engineering: "Entwicklung",
  product: "Produkt",
  design: "Design",
  data: "Data",
  it: "IT",
  operations: "Operations",
  finance: "Finanzen",
  hr: "Personal",
  "customer-success": "Customer Success",
  legal: "Recht",
  other: "Sonstiges",
};

/** "Hiring: 3 open engineering roles", "Hiring: 3 open roles (2 engineering, 1 customer success)"; without a mix, undefined. */
export function hiringInEnglish({ openJobs, functions }: HiringWording): string | undefined {
  const [only] = functions ?? [];
  if (!functions || !only) return undefined;
  const roles = openJobs === 1 ? "role" : "roles";
  if (functions.length === 1 && only.count === openJobs)
    return `Hiring: ${openJobs} open ${english[only.name]} ${roles}`;
  return `Hiring: ${openJobs} open ${roles} (${functions.map((area) => `${area.count} ${english[area.name]}`).join(", ")})`;
}

/** "Stellt ein: 3 offene Stellen im Bereich Entwicklung", "… (2 Entwicklung, 1 Customer Success)", else with the titles. */
export function hiringInGerman({ openJobs, titles, functions }: HiringWording): string {
  const roles = openJobs === 1 ? "offene Stelle" : "offene Stellen";
  const [only] = functions ?? [];
  if (functions && only) {
    if (functions.length === 1 && only.count === openJobs)
      return `Stellt ein: ${openJobs} ${roles} im Bereich ${german[only.name]}`;
    return `Stellt ein: ${openJobs} ${roles} (${functions.map((area) => `${area.count} ${german[area.name]}`).join(", ")})`;
  }
  return `Stellt ein: ${openJobs} ${roles}${titlesInBrackets(titles)}`;
}

/** " (Data Engineer, Account Executive, Designer, …)": the first three titles, or nothing without any. */
export function titlesInBrackets(titles: readonly string[]): string {
  const shown = titles.slice(0, 3);
  const more = titles.length > shown.length ? ", …" : "";
  return shown.length ? ` (${shown.join(", ")}${more})` : "";
}
