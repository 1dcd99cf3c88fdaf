import { describe, expect, it } from "vitest";
import { companyName } from "../../../lib/research/company-name";
import { industryHints } from "../../../lib/research/industry";
import { parseHtml } from "./fixtures";

const nameOf = (title: string, url: string) =>
  companyName(
    parseHtml(`<!doctype html><html><head><title>${title}</title></head><body></body></html>`, url),
    url,
    undefined,
  );

describe("the name in an about page's title", () => {
  it.each([
    ["Über Kranich Holz & Stein", "https://www.kranich-zimmerei.example/ueber-uns/", "Kranich Holz & Stein"],
    ["About Kestrel Werke", "https://www.kestrel.example/about", "Kestrel Werke"],
  ])("reads %s", (title, url, name) => {
    expect(nameOf(title, url)).toBe(name);
  });

  it("reads the name before a comma in a long title part", () => {
    expect(
      nameOf("Über uns – KranichWerk, seit 2015 nur für Zimmereien", "https://kranichwerk.example/ueber-uns/"),
    ).toBe("KranichWerk");
  });

  it("reads no name from a title that is only the page's own", () => {
    expect(nameOf("Über uns", "https://www.kranich-zimmerei.example/ueber-uns/")).toBe("Kranich Zimmerei");
    expect(nameOf("Über 30 Jahre Erfahrung im Holzbau", "https://www.kranich-zimmerei.example/")).toBe(
      "Kranich Zimmerei",
    );
  });
});

describe("the name the page writes with its legal form", () => {
  const nameIn = (body: string, url: string) =>
    companyName(
      parseHtml(`<!doctype html><html><head><title>Impressum</title></head><body>${body}</body></html>`, url),
      url,
      undefined,
    );

  it("is read where the domain spells it without capitals and umlauts", () => {
    expect(
      nameIn("<h1>Impressum</h1><p><strong>KW Kühne GmbH</strong><br>Seeweg 3</p>", "https://kw-kuehne.example/"),
    ).toBe("KW Kühne");
  });

  it("is not read when the domain spells another name", () => {
    expect(nameIn("<p>Webdesign: Studio Kranich GmbH</p>", "https://kw-kuehne.example/")).toBe("Kw Kuehne");
  });
});

describe("advice as the manner of a service", () => {
  it("is no consulting industry", () => {
    expect(industryHints(["Zaunbau und Gartentore mit persönlicher Beratung"])).toEqual([]);
    expect(industryHints(["Roof repairs with a free consultation"])).toEqual([]);
  });

  it("keeps a consulting company's own field", () => {
    expect(industryHints(["Unabhängige Beratung für Hausverwaltungen"])).toEqual(["Consulting"]);
    expect(industryHints(["Strategy consulting for retailers"])).toContain("Consulting");
  });
});
