import { criterionLayer, type Icp, type IcpCriterionDraft, type IcpLayer } from "../model/icp";

export type AdviceLevel = "info" | "warning";
/** `code` lets the UI translate; `message` is the English text. */
export type Advice = { level: AdviceLevel; code: string; message: string };
export type IcpAdvice = {
  /** How the number of criteria compares with the recommended 3-5. */
  size: "too-few" | "recommended" | "many" | "too-many";
  advice: Advice[];
  /** Criteria from layers the ICP does not use yet, offered when it has fewer than three. */
  suggestions: IcpCriterionDraft[];
};

export const recommendedCriteria = { min: 3, max: 5, warnAbove: 7 } as const;
const maxKnockouts = 3;

/** One suggestion per layer, most useful first; the editor offers those whose layer is missing. */
const suggestionsByLayer: readonly [IcpLayer, IcpCriterionDraft][] = [
  ["firmographic", { kind: "industry", industries: ["software"], importance: { kind: "weight", weight: 5 } }],
  ["geographic", { kind: "location", countries: ["DE", "AT", "CH"], importance: { kind: "weight", weight: 3 } }],
  ["persona", { kind: "seniority", seniorities: ["c-level", "vp", "head"], importance: { kind: "weight", weight: 4 } }],
  ["business", { kind: "hiring", importance: { kind: "weight", weight: 3 } }],
  [
    "organisational",
    { kind: "department-size", department: "sales", min: 5, importance: { kind: "weight", weight: 3 } },
  ],
  [
    "technographic",
    { kind: "technology", mode: "any", technologies: ["HubSpot"], importance: { kind: "weight", weight: 2 } },
  ],
];

/**
 * Editor advice following the methodology: score on 3-5 criteria before first contact.
 * More criteria dilute each one and leave most prospects partly unknown.
 */
export function adviseIcp(icp: Pick<Icp, "criteria">): IcpAdvice {
  const count = icp.criteria.length;
  const advice = [...sizeAdvice(count), ...balanceAdvice(icp)];
  const used = new Set(icp.criteria.map((criterion) => criterionLayer[criterion.kind]));
  const missing = suggestionsByLayer.filter(([layer]) => !used.has(layer)).map(([, draft]) => draft);
  const suggestions = count < recommendedCriteria.min ? missing.slice(0, recommendedCriteria.min - count) : [];
  return { size: sizeOf(count), advice, suggestions };
}

function sizeOf(count: number): IcpAdvice["size"] {
  if (count < recommendedCriteria.min) return "too-few";
  if (count <= recommendedCriteria.max) return "recommended";
  return count <= recommendedCriteria.warnAbove ? "many" : "too-many";
}

function sizeAdvice(count: number): Advice[] {
  const { min, max, warnAbove } = recommendedCriteria;
  if (count < min) {
    return [
      {
        level: "info",
        code: "too-few",
        message: `Add ${min - count} more: ${min}-${max} criteria tell prospects apart.`,
      },
    ];
  }
  if (count > warnAbove) {
    return [
      {
        level: "warning",
        code: "too-many",
        message: `${count} criteria: beyond ${warnAbove} each one counts for little and most stay unknown. Keep the ${max} that matter most.`,
      },
    ];
  }
  if (count > max) {
    return [{ level: "info", code: "many", message: `${count} criteria: ${min}-${max} are recommended.` }];
  }
  return [];
}

function balanceAdvice(icp: Pick<Icp, "criteria">): Advice[] {
  const knockouts = icp.criteria.filter((criterion) => criterion.importance.kind !== "weight").length;
  const advice: Advice[] = [];
  if (icp.criteria.length > 0 && knockouts === icp.criteria.length) {
    advice.push({
      level: "warning",
      code: "only-knockouts",
      message: "Only knock-outs: give some criteria a weight so prospects can be ranked.",
    });
  } else if (knockouts > maxKnockouts) {
    advice.push({
      level: "warning",
      code: "many-knockouts",
      message: `${knockouts} knock-outs rule out most prospects; turn some into weights.`,
    });
  }
  const kinds = icp.criteria.map((criterion) => criterion.kind);
  const repeated = [...new Set(kinds.filter((kind, index) => kinds.indexOf(kind) !== index))];
  if (repeated.length > 0) {
    advice.push({
      level: "info",
      code: "repeated-kind",
      message: `More than one criterion of kind ${repeated.join(", ")}: merge them if they ask the same thing.`,
    });
  }
  return advice;
}
