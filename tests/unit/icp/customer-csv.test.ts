import { describe, expect, it } from "vitest";
import { parseCustomerCsv } from "../../../lib/icp/customers";
import { fixture } from "../scoring/support";

describe("parseCustomerCsv", () => {
  it("reads a German semicolon export with BOM, quoted newlines and ragged rows", () => {
    const result = parseCustomerCsv(fixture("customers-de.csv"));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.delimiter).toBe(";");
    expect(result.table.headers).toEqual([
      "Firmenname",
      "Branche",
      "Mitarbeiter",
      "Land",
      "ARR (EUR)",
      "Technologien",
      "Notiz",
    ]);
    expect(result.table.rows).toHaveLength(17);
    expect(result.table.rows[0]?.[6]).toBe("Erster Kunde\nseit 2021");
    expect(result.table.rows[2]?.[5]).toBe("HubSpot; Azure");
    expect(result.table.rows.every((row) => row.length === 7)).toBe(true);
    expect(result.warnings).toEqual(["1 rows had more or fewer cells than the header; they were lined up with it."]);
  });

  it("reads a comma-separated CRM export", () => {
    const result = parseCustomerCsv(fixture("customers-hubspot.csv"));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.delimiter).toBe(",");
    expect(result.table.rows[0]).toEqual([
      "Brightside Goods Inc.",
      "brightside.example",
      "Retail",
      "1,200",
      "United States",
      "$40,000,000",
      "$12,500.00",
    ]);
  });

  it("pads short rows and names empty headers", () => {
    const result = parseCustomerCsv("Name,,ARR\r\nA\r\nB,x,5\r\n");
    if (!result.ok) throw new Error(result.error.message);
    expect(result.table.headers).toEqual(["Name", "Column 2", "ARR"]);
    expect(result.table.rows).toEqual([
      ["A", "", ""],
      ["B", "x", "5"],
    ]);
  });

  it.each([
    ["", "empty"],
    ["\uFEFF  \n ", "empty"],
    ["PK\u0003\u0004binary", "not-text"],
    ["Name\nAlpha\nBeta", "one-column"],
    ["Name;ARR\n", "no-rows"],
  ])("rejects %j as %s", (text, code) => {
    const result = parseCustomerCsv(text);
    expect(result.ok ? undefined : result.error.code).toBe(code);
  });

  it("explains an unclosed quote", () => {
    const result = parseCustomerCsv(fixture("customers-broken.csv"));
    expect(result.ok ? undefined : result.error).toEqual({
      code: "broken-quotes",
      message: "A quoted field starting in row 2 is never closed.",
    });
  });
});
