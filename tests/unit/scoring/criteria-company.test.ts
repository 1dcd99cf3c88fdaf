import { describe, expect, it } from "vitest";
import type { Company } from "../../../lib/model/company";
import type { IcpCriterionDraft } from "../../../lib/model/icp";
import { company, judge, weight } from "./support";

const w = weight(3);

describe("firmographic criteria", () => {
  it("matches industries across languages and links the evidence to its page", () => {
    const row = judge({ kind: "industry", industries: ["software"], importance: w }, { company: company("alpenglow") });
    expect(row.status).toBe("matched");
    expect(row.evidence).toEqual({
      value: "Softwareentwicklung",
      sourceUrl: "https://www.linkedin.com/company/alpenglow-software/about/",
    });
    expect(row.layer).toBe("firmographic");
    expect(row.label).toBe("Industry: Software Development");
  });

  it("treats a known industry outside the list as a mismatch and a missing one as unknown", () => {
    const draft = { kind: "industry", industries: ["software"], importance: w } satisfies IcpCriterionDraft;
    expect(judge(draft, { company: company("brightside") }).status).toBe("not-matched");
    expect(judge(draft, { company: company("unknown") }).status).toBe("unknown");
    expect(judge(draft, {}).status).toBe("unknown");
  });

  it("compares the middle of a size band with the wanted range", () => {
    const draft = { kind: "employees", min: 50, max: 500, importance: w } satisfies IcpCriterionDraft;
    expect(judge(draft, { company: company("alpenglow") }).status).toBe("matched");
    expect(judge(draft, { company: company("nordlicht") }).status).toBe("not-matched");
    expect(judge(draft, { company: { ...company("alpenglow"), sizeBand: "11-50 employees" } }).status).toBe(
      "not-matched",
    );
    expect(judge(draft, { company: company("brightside") }).status).toBe("unknown");
  });

  it("falls back to the LinkedIn member count", () => {
    const draft = { kind: "employees", min: 50, importance: w } satisfies IcpCriterionDraft;
    const row = judge(draft, { company: { ...company("brightside"), employeesOnLinkedIn: 80 } });
    expect(row.status).toBe("matched");
    expect(row.evidence?.value).toBe("80 on LinkedIn");
  });

  it("reads revenue when the company record carries it, converting currencies", () => {
    const draft = {
      kind: "revenue",
      min: 5_000_000,
      max: 50_000_000,
      currency: "EUR",
      importance: w,
    } satisfies IcpCriterionDraft;
    const withRevenue = (revenue: string): Company => Object.assign(company("alpenglow"), { revenue });
    expect(judge(draft, { company: withRevenue("$12M") }).status).toBe("matched");
    expect(judge(draft, { company: withRevenue("1,5 Mrd. €") }).status).toBe("not-matched");
    expect(judge(draft, { company: company("alpenglow") }).status).toBe("unknown");
  });

  it("checks founding year ranges and company types", () => {
    expect(judge({ kind: "founded", from: 2010, importance: w }, { company: company("alpenglow") }).status).toBe(
      "matched",
    );
    expect(judge({ kind: "founded", from: 2010, importance: w }, { company: company("nordlicht") }).status).toBe(
      "not-matched",
    );
    const privateOnly = { kind: "company-type", types: ["private"], importance: w } satisfies IcpCriterionDraft;
    expect(judge(privateOnly, { company: company("alpenglow") }).status).toBe("matched");
    expect(judge(privateOnly, { company: company("nordlicht") }).status).toBe("not-matched");
    expect(judge(privateOnly, { company: company("brightside") }).status).toBe("unknown");
  });
});

describe("technographic criteria", () => {
  const uses = (mode: "any" | "all" | "none", technologies: [string, ...string[]]) =>
    ({ kind: "technology", mode, technologies, importance: w }) satisfies IcpCriterionDraft;

  it("finds wanted tools inside detected names", () => {
    const row = judge(uses("any", ["HubSpot", "Pipedrive"]), { company: company("alpenglow") });
    expect(row.status).toBe("matched");
    expect(row.evidence).toEqual({ value: "HubSpot CRM", sourceUrl: "https://alpenglow.example/" });
  });

  it("supports all-of and none-of", () => {
    expect(judge(uses("all", ["hubspot", "aws"]), { company: company("alpenglow") }).status).toBe("matched");
    expect(judge(uses("all", ["hubspot", "gcp"]), { company: company("alpenglow") }).status).toBe("not-matched");
    expect(judge(uses("none", ["Salesforce"]), { company: company("alpenglow") }).status).toBe("matched");
    expect(judge(uses("none", ["Salesforce"]), { company: company("nordlicht") }).status).toBe("not-matched");
  });

  it("keeps an empty detection unknown", () => {
    const empty = { ...company("alpenglow"), technologies: [] };
    expect(judge(uses("none", ["Salesforce"]), { company: empty }).status).toBe("unknown");
  });
});

describe("organisational criteria", () => {
  it("sums German and English department labels per function", () => {
    const engineers = {
      kind: "department-size",
      department: "engineering",
      min: 10,
      importance: w,
    } satisfies IcpCriterionDraft;
    const row = judge(engineers, { company: company("alpenglow") });
    expect(row.status).toBe("matched");
    expect(row.evidence?.value).toBe("48 in engineering");
    const sales = { kind: "department-size", department: "sales", min: 20, importance: w } satisfies IcpCriterionDraft;
    expect(judge(sales, { company: company("alpenglow") }).status).toBe("not-matched");
  });

  it("leaves a function LinkedIn did not list unknown", () => {
    const finance = {
      kind: "department-size",
      department: "finance",
      min: 1,
      importance: w,
    } satisfies IcpCriterionDraft;
    expect(judge(finance, { company: company("alpenglow") }).status).toBe("unknown");
  });

  it("checks that roles are present", () => {
    const roles = (functions: ["sales" | "hr", ...("sales" | "hr")[]]) =>
      ({ kind: "roles-present", functions, importance: w }) satisfies IcpCriterionDraft;
    expect(judge(roles(["hr", "sales"]), { company: company("alpenglow") }).status).toBe("matched");
    expect(judge(roles(["hr"]), { company: company("alpenglow") }).status).toBe("not-matched");
    expect(judge(roles(["hr"]), { company: company("brightside") }).status).toBe("unknown");
  });
});

describe("geographic criteria", () => {
  const dach = { kind: "location", countries: ["DE", "AT", "CH"], importance: w } satisfies IcpCriterionDraft;

  it("matches countries, regions and cities as LinkedIn writes them", () => {
    expect(judge(dach, { company: company("alpenglow") }).status).toBe("matched");
    expect(judge(dach, { company: company("brightside") }).status).toBe("not-matched");
    expect(judge({ ...dach, countries: [], regions: ["DE-BY"] }, { company: company("alpenglow") }).status).toBe(
      "matched",
    );
    expect(judge({ ...dach, countries: [], cities: ["München"] }, { company: company("alpenglow") }).status).toBe(
      "matched",
    );
    expect(judge({ ...dach, countries: [], cities: ["Berlin"] }, { company: company("nordlicht") }).status).toBe(
      "not-matched",
    );
  });

  it("stays unknown when the place is coarser than asked and the country fits", () => {
    const germanOnly = { ...company("alpenglow"), headquarters: "Deutschland" };
    expect(judge({ ...dach, countries: [], cities: ["Munich"] }, { company: germanOnly }).status).toBe("unknown");
    const american = { ...company("alpenglow"), headquarters: "United States" };
    expect(judge({ ...dach, countries: [], cities: ["Munich"] }, { company: american }).status).toBe("not-matched");
  });
});
