import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel.example/blog/news";
const types = (lines: string[]) => extractSignals(lines, url, "2025-03-23").map((signal) => signal.type);

describe("offices, team growth and founders in news posts", () => {
  it("reads a new office named by its city before the word office", () => {
    expect(types(["She will be based out of Kestrel's new Lisbon office."])).toContain("new-market");
  });

  it("reads no market in a new office named by a department", () => {
    expect(types(["He will be based out of our new sales office."])).not.toContain("new-market");
    expect(types(["Welcome to our new Lisbon office! We have moved to our new Lisbon office."])).not.toContain(
      "new-market",
    );
  });

  it("reads no hiring in what a round will pay for", () => {
    expect(
      types(["The round brings our total funding to $40M, and it will help us grow our internal teams and scale."]),
    ).not.toContain("hiring");
  });

  it("keeps hiring told outright beside a plan to grow", () => {
    expect(types(["Kestrel is growing its team and will double the team by next year."])).toContain("hiring");
  });

  it("reads no partnership in two founders joining forces to build a company", () => {
    expect(
      types(["In 2019, Mara Lindqvist and Jonas Feld have joined forces to build a data platform for logistics."]),
    ).not.toContain("partnership");
    expect(types(["The co-founders joined forces to build Kestrel."])).not.toContain("partnership");
  });

  it("keeps two companies joining forces as a partnership", () => {
    expect(types(["Kestrel and Harbor Bank have joined forces to build a payments platform."])).toContain(
      "partnership",
    );
  });
});

describe("German and passing wordings in press releases", () => {
  it("reads a company joining a partner programme as a partnership", () => {
    expect(types(["Das Softwarehaus Nordlicht tritt dem Partnerprogramm der Kestrel GmbH bei."])).toContain(
      "partnership",
    );
    expect(types(["Die Beratung Falkenberg wird Mitglied des Partner-Programms von Kestrel."])).toContain(
      "partnership",
    );
  });

  it("reads a division's lead taken over, in a headline or in the perfect tense", () => {
    expect(types(["Lena Vogt übernimmt Vertriebsleitung bei Kestrel"])).toContain("leadership-change");
    expect(types(["Zum 1. März hat Lena Vogt die Leitung des Vertriebs bei der Kestrel GmbH übernommen."])).toContain(
      "leadership-change",
    );
  });

  it("reads a new product published in the perfect tense, not a study", () => {
    expect(
      types(["Die Kestrel GmbH hat mit Flux eine neue Analyseplattform für Lagerdaten veröffentlicht."]),
    ).toContain("product-launch");
    expect(types(["Die Kestrel GmbH hat eine neue Studie zur Lagerlogistik veröffentlicht."])).not.toContain(
      "product-launch",
    );
  });

  it("reads no launch in a product named as recently released", () => {
    expect(types(["It builds on the recently released reporting engine Quill and its dashboard."])).not.toContain(
      "product-launch",
    );
    expect(types(["Kestrel today released Quill, its reporting engine."])).toContain("product-launch");
  });
});

describe("markets named or not", () => {
  it("reads no market in a goal of expanding into new markets", () => {
    expect(
      types([
        "Kestrel named Mara Feld as COO, to help drive sales operations, business growth, and expansion into new markets.",
      ]),
    ).not.toContain("new-market");
  });

  it("keeps an expansion into a named country", () => {
    expect(types(["Kestrel expands into Portugal with a team in Porto."])).toContain("new-market");
  });
});
