import type { CriterionOf } from "../../model/icp";
import { fieldEvidence } from "../evidence";
import { compact } from "../normalise/text";
import { type Evaluate, judged, unknown } from "../types";

/**
 * Technologies compare on compacted names, and a detected name containing the wanted one
 * counts ("HubSpot CRM" uses "HubSpot"). An empty detection result stays unknown: site
 * research sees only part of a stack, so finding nothing is not proof of absence.
 */
export function compileTechnology(criterion: CriterionOf<"technology">): Evaluate {
  const wanted = criterion.technologies.map(compact).filter(Boolean);
  return ({ company }) => {
    const detected = company?.technologies;
    if (!company || !detected?.length) return unknown;
    const names = detected.map((name) => ({ name, key: compact(name) }));
    const used = (want: string) => names.find(({ key }) => key.includes(want))?.name;
    const found = wanted.map(used).filter((name): name is string => name !== undefined);
    const holds =
      criterion.mode === "any"
        ? found.length > 0
        : criterion.mode === "all"
          ? found.length === wanted.length
          : found.length === 0;
    const shown = found.length > 0 ? found.join(", ") : detected.slice(0, 5).join(", ");
    return judged(holds, fieldEvidence(company.sources, "technologies", shown));
  };
}
