import { describe, expect, it } from "vitest";
import { extractCompany } from "../../../lib/research/company";
import { parseHtml } from "./fixtures";

const companyOf = (body: string, title = "Kranwerk Digital") =>
  extractCompany(
    parseHtml(
      `<!doctype html><html lang="de"><head><title>${title}</title></head><body>${body}</body></html>`,
      "https://www.kw-d.example/",
    ),
    "https://www.kw-d.example/",
  );

describe("customers a sentence lists as brands", () => {
  it("keeps brands that end like a German plural and drops the kind after the article", () => {
    const company = companyOf(`<div class="content">Gegründet im Jahr 2004, beschäftigen wir heute über 80
      Mitarbeiter. Zu unseren Kunden zählen
      u.a. die Unternehmen Brauhaus Elbtal, Kestrel, Norvik,
      Wellenreiter, Almbacher und Lindqvist.</div>`);
    expect(company.customers).toEqual([
      "Brauhaus Elbtal",
      "Kestrel",
      "Norvik",
      "Wellenreiter",
      "Almbacher",
      "Lindqvist",
    ]);
  });

  it("still drops the kinds of customer a list of brands names beside them", () => {
    const company = companyOf(
      "<p>Zu unseren Kunden zählen u.a. Kestrel, Norvik, Stadtwerke und Behörden aus ganz Bayern.</p>",
    );
    expect(company.customers).toEqual(["Kestrel", "Norvik"]);
  });

  it("reads no customers from a list of kinds alone", () => {
    const company = companyOf("<p>Zu unseren Kunden zählen u.a. Handwerker, Kanzleien und Arztpraxen.</p>");
    expect(company.customers).toEqual([]);
  });
});

describe("the town a fact tile says the company was founded in", () => {
  it("is the headquarters when the page gives no address", () => {
    const company = companyOf(`<div class="highlights">
      <span><p><strong>2004</strong> in Hamburg <br> gegründet</p></span>
      <span><p><strong>80</strong> Mitarbeiter aus <br><strong>9</strong> Nationen</p></span></div>`);
    expect(company.founded).toBe(2004);
    expect(company.headquarters).toBe("Hamburg");
  });

  it("gives way to the town of the page's address", () => {
    const company = companyOf(`<p>Founded in 2004 in Hamburg, we moved south later.</p>
      <footer><p>Kranwerk Digital GmbH, Hafenweg 2, 80331 München</p></footer>`);
    expect(company.headquarters).toBe("München");
  });
});

describe("a title of the brand and a tagline", () => {
  it("names the company by the part that opens without an article", () => {
    expect(companyOf("<p>Willkommen.</p>", "kranwerk digital – Das kreative Haus").name).toBe("kranwerk digital");
    expect(companyOf("<p>Willkommen.</p>", "The creative house | kranwerk digital").name).toBe("kranwerk digital");
  });
});
