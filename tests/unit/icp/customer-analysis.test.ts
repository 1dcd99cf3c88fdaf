import { describe, expect, it } from "vitest";
import {
  analyseCustomers,
  type CustomerAnalysis,
  type CustomerTable,
  guessMapping,
  parseCustomerCsv,
  proposeCriteria,
} from "../../../lib/icp/customers";
import { icpSchema } from "../../../lib/model/icp";
import { fixture } from "../scoring/support";

function table(name: string): CustomerTable {
  const result = parseCustomerCsv(fixture(name));
  if (!result.ok) throw new Error(result.error.message);
  return result.table;
}

function analysis(): CustomerAnalysis {
  const { headers, rows } = table("customers-de.csv");
  const result = analyseCustomers(rows, guessMapping(headers));
  if (!result.ok) throw new Error(result.errors.join());
  return result.analysis;
}

describe("guessMapping", () => {
  it("maps German headers", () => {
    expect(guessMapping(table("customers-de.csv").headers)).toEqual({
      name: 0,
      industry: 1,
      employees: 2,
      country: 3,
      value: 4,
      technologies: 5,
    });
  });

  it("maps HubSpot and Salesforce headers", () => {
    expect(guessMapping(table("customers-hubspot.csv").headers)).toEqual({
      name: 0,
      domain: 1,
      industry: 2,
      employees: 3,
      country: 4,
      revenue: 5,
      value: 6,
    });
    expect(guessMapping(["Last Name", "Company", "No. of Employees", "Annual Revenue", "Industry"])).toEqual({
      name: 1,
      employees: 2,
      revenue: 3,
      industry: 4,
    });
  });

  it("does not read words hidden inside other words", () => {
    expect(guessMapping(["Carrier", "Landline"])).toEqual({});
  });
});

describe("analyseCustomers", () => {
  it("compares the top quartile by value with all customers", () => {
    const result = analysis();
    expect(result).toMatchObject({ customers: 16, topCustomers: 4, topThreshold: 45_000, skippedRows: 1 });
    expect(result.totalValue).toBeCloseTo(328_200.5);
  });

  it("finds over-represented industries, sizes, countries and technologies", () => {
    const { segments } = analysis();
    const software = segments.industry.find((segment) => segment.key === "software");
    expect(software).toMatchObject({
      count: 4,
      topCount: 3,
      share: 0.25,
      topShare: 0.75,
      lift: 3,
      overRepresented: true,
    });
    expect(software?.valueShare).toBeCloseTo(185_400.5 / 328_200.5);
    expect(segments.industry.find((segment) => segment.key === "it-services")?.overRepresented).toBe(false);
    expect(segments.size[0]).toMatchObject({ key: "51-200", count: 5, topCount: 3, overRepresented: true });
    expect(segments.country.find((segment) => segment.key === "CH")).toMatchObject({
      count: 3,
      topCount: 2,
      overRepresented: true,
    });
    expect(segments.country.find((segment) => segment.key === "DE")?.overRepresented).toBe(false);
    expect(segments.technology[0]).toMatchObject({ key: "hubspot", label: "HubSpot", count: 5, topCount: 4 });
  });

  it("falls back to revenue when no value column is mapped", () => {
    const rows = Array.from({ length: 8 }, (_, i) => [
      `C${i}`,
      i < 2 ? "Software" : "Retail",
      `${(i + 1) * 10} Mio. €`,
    ]);
    const result = analyseCustomers(rows, { name: 0, industry: 1, revenue: 2 });
    expect(result.ok && result.analysis.segments.industry[0]?.key).toBe("retail");
  });

  it.each([
    [{ name: 0, industry: 1 }, /value/],
    [{ name: 0, value: 4 }, /industry, employees, country or technologies/],
    [{ value: -1 }, /mapping is not valid/],
  ])("explains an unusable mapping %j", (mapping, message) => {
    const result = analyseCustomers(table("customers-de.csv").rows, mapping);
    expect(result.ok ? "" : result.errors.join()).toMatch(message);
  });

  it("needs enough customers with a value", () => {
    const result = analyseCustomers([["A", "Software", "n/a"]], { name: 0, industry: 1, value: 2 });
    expect(result).toEqual({ ok: false, errors: ["At least 8 customers with a readable value are needed; found 0."] });
  });

  it("handles 50,000 rows with German number formats", () => {
    const industries = ["Softwareentwicklung", "Einzelhandel", "Maschinenbau", "Finanzdienstleistungen"];
    const lines = ["Firma;Branche;Mitarbeiter;Land;LTV"];
    for (let i = 0; i < 50_000; i++) {
      const value = i % 4 === 0 ? `${(50_000 + i).toLocaleString("de-DE")},50` : `${1000 + (i % 997)},00`;
      lines.push(`Firma ${i};${industries[i % 4]};${10 + (i % 400)};Deutschland;"${value}"`);
    }
    const parsed = parseCustomerCsv(lines.join("\n"));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const result = analyseCustomers(parsed.table.rows, guessMapping(parsed.table.headers));
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.analysis.customers).toBe(50_000);
    expect(result.analysis.segments.industry[0]).toMatchObject({ key: "software", topCount: 12_500, lift: 4 });
  });
});

describe("proposeCriteria", () => {
  it("turns over-represented segments into weighted criteria, strongest first", () => {
    let n = 0;
    const criteria = proposeCriteria(analysis(), () => `p${++n}`);
    expect(criteria).toEqual([
      {
        id: "p1",
        kind: "technology",
        mode: "any",
        technologies: ["HubSpot"],
        importance: { kind: "weight", weight: 5 },
      },
      { id: "p2", kind: "industry", industries: ["software"], importance: { kind: "weight", weight: 5 } },
      { id: "p3", kind: "location", countries: ["CH"], importance: { kind: "weight", weight: 5 } },
      { id: "p4", kind: "employees", min: 51, max: 200, importance: { kind: "weight", weight: 5 } },
    ]);
    const icp = { id: "x", name: "From customers", criteria, threshold: 60, active: true, createdAt: 0, updatedAt: 0 };
    expect(icpSchema.safeParse(icp).success).toBe(true);
  });

  it("proposes nothing when no segment stands out", () => {
    const rows = Array.from({ length: 8 }, (_, i) => [`C${i}`, "Retail", String(1000 + i)]);
    const result = analyseCustomers(rows, { name: 0, industry: 1, value: 2 });
    if (!result.ok) throw new Error(result.errors.join());
    expect(proposeCriteria(result.analysis)).toEqual([]);
  });
});
