import { describe, expect, it } from "vitest";
import { adviseIcp } from "../../../lib/icp/advice";
import type { IcpCriterion } from "../../../lib/model/icp";
import { criterion, weight } from "../scoring/support";

const industry = (w: IcpCriterion["importance"] = weight(3)) =>
  criterion({ kind: "industry", industries: ["software"], importance: w });
const times = (n: number, make: () => IcpCriterion) => Array.from({ length: n }, make);

describe("adviseIcp", () => {
  it("suggests criteria from unused layers when there are fewer than three", () => {
    const advice = adviseIcp({ criteria: [industry()] });
    expect(advice.size).toBe("too-few");
    expect(advice.advice[0]?.code).toBe("too-few");
    expect(advice.suggestions.map((draft) => draft.kind)).toEqual(["location", "seniority"]);
  });

  it("is quiet about size for three to five criteria", () => {
    const seniority = criterion({ kind: "seniority", seniorities: ["head"], importance: weight(4) });
    const size = criterion({ kind: "employees", min: 50, importance: weight(3) });
    const advice = adviseIcp({ criteria: [industry(), seniority, size] });
    expect(advice).toEqual({ size: "recommended", advice: [], suggestions: [] });
  });

  it("notes six or seven criteria and warns beyond seven", () => {
    expect(adviseIcp({ criteria: times(6, () => industry()) }).size).toBe("many");
    const many = adviseIcp({ criteria: times(8, () => industry()) });
    expect(many.size).toBe("too-many");
    expect(many.advice).toContainEqual(expect.objectContaining({ level: "warning", code: "too-many" }));
  });

  it("warns about ICPs made only of knock-outs, or of too many", () => {
    const only = adviseIcp({ criteria: times(3, () => industry({ kind: "must" })) });
    expect(only.advice).toContainEqual(expect.objectContaining({ code: "only-knockouts" }));
    const knockouts = [...times(4, () => industry({ kind: "must-not" })), industry()];
    expect(adviseIcp({ criteria: knockouts }).advice).toContainEqual(
      expect.objectContaining({ code: "many-knockouts" }),
    );
  });

  it("points out repeated kinds", () => {
    const advice = adviseIcp({ criteria: [industry(), industry(), industry()] });
    expect(advice.advice).toContainEqual(expect.objectContaining({ code: "repeated-kind", level: "info" }));
  });
});
