import { describe, expect, it } from "vitest";
import { adviseIcp } from "../../../lib/icp/advice";
import { findTemplate, icpFromTemplate, icpTemplates } from "../../../lib/icp/templates";
import { icpSchema } from "../../../lib/model/icp";
import { score } from "../../../lib/scoring/score";
import { company, NOW, person } from "../scoring/support";

function template(id: string) {
  const found = findTemplate(id);
  if (!found) throw new Error(`No template ${id}`);
  return found;
}

describe("ICP templates", () => {
  it.each(icpTemplates.map((template) => [template.name, template] as const))(
    "%s is a valid ICP",
    (_name, template) => {
      const icp = icpFromTemplate(template, NOW);
      expect(icpSchema.parse(icp)).toEqual(icp);
      expect(adviseIcp(icp)).toMatchObject({ size: "recommended", advice: [] });
    },
  );

  it("gives every criterion a fresh id", () => {
    let n = 0;
    const icp = icpFromTemplate(template("b2b-saas-dach"), NOW, () => `id-${++n}`);
    expect(icp.id).toBe("id-1");
    expect(icp.criteria.map((criterion) => criterion.id)).toEqual(["id-2", "id-3", "id-4", "id-5", "id-6"]);
  });

  it("ranks a DACH software head of sales as A on the B2B SaaS template", () => {
    const icp = icpFromTemplate(template("b2b-saas-dach"), NOW);
    expect(score(person("lena"), company("alpenglow"), icp, [], NOW).tier).toBe("A");
    const london = { ...company("alpenglow"), headquarters: "London, United Kingdom" };
    expect(score(person("lena"), london, icp, [], NOW)).toMatchObject({ tier: "D", knockoutFailed: true });
  });
});
