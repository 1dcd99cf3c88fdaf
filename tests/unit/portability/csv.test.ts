import { describe, expect, it } from "vitest";
import { csvCell, guardFormula, toCsv } from "../../../lib/portability/csv";
import { exportProspectsCsv } from "../../../lib/portability/csv-export";
import { splitName } from "../../../lib/portability/names";
import { prospectsOf } from "../../../lib/portability/prospect-fields";
import { company, person } from "./factories";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ['say "hi"', '"say ""hi"""'],
    ["a,b", '"a,b"'],
    ["a;b", '"a;b"'],
    ["line 1\nline 2", '"line 1\nline 2"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    [" padded ", '" padded "'],
    ["Müller & Söhne", "Müller & Söhne"],
  ])("quotes %j as %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes numbers and empty values as they are", () => {
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell(undefined)).toBe("");
  });
});

describe("guardFormula", () => {
  it.each([
    ['=HYPERLINK("https://evil.example")', '\'=HYPERLINK("https://evil.example")'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["+49 40 1234567", "+49 40 1234567"],
    ["Head of Sales", "Head of Sales"],
  ])("guards %j", (value, expected) => {
    expect(guardFormula(value)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("uses CRLF, the chosen delimiter and an optional BOM", () => {
    expect(toCsv(["a", "b"], [["1;2", "x"]], { delimiter: ";", bom: true })).toBe('\uFEFFa;b\r\n"1;2";x\r\n');
  });
});

describe("splitName", () => {
  it.each([
    ["Anna von der Heide", { prefix: "", first: "Anna", last: "von der Heide" }],
    ["Anna Maria de Vries", { prefix: "", first: "Anna Maria", last: "de Vries" }],
    ["Dr. Jonas Beck, MBA", { prefix: "Dr.", first: "Jonas", last: "Beck" }],
    ["Prof. Dr. Lena Ostermann (sie/ihr)", { prefix: "Prof. Dr.", first: "Lena", last: "Ostermann" }],
    ["Jean-Luc Moreau", { prefix: "", first: "Jean-Luc", last: "Moreau" }],
    ["Karim bin Tariq", { prefix: "", first: "Karim", last: "bin Tariq" }],
    ["Van Nguyen", { prefix: "", first: "Van", last: "Nguyen" }],
    ["Lea Da", { prefix: "", first: "Lea", last: "Da" }],
    ["Mononym", { prefix: "", first: "", last: "Mononym" }],
    ["  ", { prefix: "", first: "", last: "" }],
  ])("splits %j", (name, parts) => {
    expect(splitName(name)).toEqual(parts);
  });
});

describe("exportProspectsCsv", () => {
  const people = [
    person(),
    person({
      id: "p-tom",
      name: "Tom =Hacker",
      companyId: undefined,
      currentRoles: [],
      headline: "Freelancer",
      profileUrl: "https://www.linkedin.com/in/tom-example/",
    }),
  ];
  const prospects = prospectsOf(people, [company()]);

  it("writes HubSpot's default column names", () => {
    const { csv, exported, skipped } = exportProspectsCsv(prospects, { layout: "hubspot" });
    const [header, anna] = csv.split("\r\n");
    expect(header).toBe(
      "First name,Last name,Email,Phone number,Job title,Company name,Website URL,City,Country/Region,Industry,LinkedIn URL",
    );
    expect(anna).toBe(
      "Anna,von der Heide,anna@nordlicht-analytics.example,+49 40 1234567,Head of Revenue Operations,Nordlicht Analytics GmbH,https://nordlicht-analytics.example,Hamburg,Germany,Software Development,https://www.linkedin.com/in/anna-von-der-heide-example/",
    );
    expect(csv).toContain("Tom,'=Hacker,");
    expect([exported, skipped]).toEqual([2, []]);
  });

  it("skips rows Salesforce would reject and says why", () => {
    const { csv, exported, skipped } = exportProspectsCsv(prospects, {
      layout: "salesforce",
      delimiter: ";",
      bom: true,
    });
    expect(csv.startsWith("\uFEFFFirst Name;Last Name;Title;Company;")).toBe(true);
    expect(csv).toContain(";No. of Employees;Annual Revenue;");
    expect(csv).toContain("\r\nAnna;von der Heide;Head of Revenue Operations;Nordlicht Analytics GmbH;");
    expect(csv).toContain(";140;;Hamburg;Germany;Prospect Scout\r\n");
    expect(exported).toBe(1);
    expect(skipped).toEqual([{ personId: "p-tom", name: "Tom =Hacker", reason: "missing Company" }]);
  });

  it("writes Pipedrive's person and organisation columns, and optional ICP columns", () => {
    const { csv } = exportProspectsCsv(prospects, { layout: "pipedrive", includeScore: true });
    const [header, anna] = csv.split("\r\n");
    expect(header).toBe(
      "Person - Name,Person - First name,Person - Last name,Person - Email,Person - Phone,Person - Job title,Organization - Name,Organization - Address,ICP score,ICP tier,Prospect status",
    );
    expect(anna).toMatch(
      /^Anna von der Heide,Anna,von der Heide,.*,Nordlicht Analytics GmbH,"Hamburg, Germany",82,A,ready$/,
    );
  });

  it("rejects an unknown layout", () => {
    expect(() => exportProspectsCsv(prospects, { layout: "excel" as "generic" })).toThrow();
  });
});
