import { describe, expect, it } from "vitest";
import type { IcpCriterionDraft } from "../../../lib/model/icp";
import { company, judge, person, weight } from "./support";

const w = weight(3);

describe("persona criteria", () => {
  it("reads seniority and function from the current role, with its source", () => {
    const row = judge({ kind: "seniority", seniorities: ["head", "vp"], importance: w }, { person: person("lena") });
    expect(row.status).toBe("matched");
    expect(row.evidence).toEqual({
      value: "Vertriebsleiterin DACH",
      sourceUrl: "https://www.linkedin.com/in/lena-fictional/",
    });
    expect(
      judge({ kind: "job-function", functions: ["sales"], importance: w }, { person: person("lena") }).status,
    ).toBe("matched");
    expect(
      judge({ kind: "seniority", seniorities: ["c-level"], importance: w }, { person: person("lena") }).status,
    ).toBe("not-matched");
  });

  it("falls back to the headline and leaves a person without either unknown", () => {
    const draft = { kind: "seniority", seniorities: ["entry"], importance: w } satisfies IcpCriterionDraft;
    expect(judge(draft, { person: person("max") }).status).toBe("matched");
    expect(judge(draft, { person: person("nameonly") }).status).toBe("unknown");
    expect(judge(draft, {}).status).toBe("unknown");
  });

  it("matches title keywords inside German compounds, short ones as whole words", () => {
    const keywords = (words: [string, ...string[]]) =>
      ({ kind: "title-keywords", keywords: words, importance: w }) satisfies IcpCriterionDraft;
    expect(judge(keywords(["Vertrieb"]), { person: person("lena") }).status).toBe("matched");
    expect(judge(keywords(["Leiter"]), { person: person("lena") }).status).toBe("matched");
    expect(
      judge(keywords(["VP"]), {
        person: { ...person("lena"), currentRoles: [{ title: "VPN Engineer", current: true }] },
      }).status,
    ).toBe("not-matched");
    expect(
      judge(keywords(["VP"]), { person: { ...person("lena"), currentRoles: [{ title: "VP Sales", current: true }] } })
        .status,
    ).toBe("matched");
  });

  it("can test the person's location instead of the company's", () => {
    const inMunich = { kind: "location", of: "person", cities: ["Munich"], importance: w } satisfies IcpCriterionDraft;
    const row = judge(inMunich, { person: person("lena"), company: company("brightside") });
    expect(row.status).toBe("matched");
    expect(row.evidence?.value).toBe("Greater Munich Metropolitan Area");
    expect(judge(inMunich, { person: person("max") }).status).toBe("not-matched");
    expect(judge(inMunich, { company: company("alpenglow") }).status).toBe("unknown");
  });
});
