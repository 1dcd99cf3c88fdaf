import { describe, expect, it } from "vitest";
import { isPersonName, isRole, stripRole } from "../../../lib/research/names";
import { extractPeople } from "../../../lib/research/people";
import { parseHtml } from "./fixtures";

/** Team-page markup as sites build it: each test is one structure, with made-up people. */

const url = "https://www.kiefernhain-werkstatt.example/team";
const page = (body: string) => parseHtml(`<!doctype html><html><body><main>${body}</main></body></html>`, url);
const pairs = (body: string) => extractPeople(page(body)).map((person) => [person.name, person.role]);

describe("names and roles", () => {
  it("tells job titles with a name's shape from names", () => {
    for (const title of ["Lead Designer", "Chief Operating Officer", "Leitung Kundenservice", "Senior Consultant"]) {
      expect(isPersonName(title)).toBe(false);
      expect(isRole(title)).toBe(true);
    }
    for (const name of ["Tilda Kaufmann", "Ruben Meister", "Hella Koch", "Mason Ferreira"]) {
      expect(isPersonName(name)).toBe(true);
    }
  });

  it("finds German roles at the end of compounds", () => {
    for (const role of ["Projektleiterin", "Steuerfachangestellte", "Personalreferentin", "Kundenbetreuung"]) {
      expect(isRole(role)).toBe(true);
    }
  });

  it("removes salutations and credentials around a name", () => {
    expect(stripRole("Herr Oskar Lindholm")).toBe("Oskar Lindholm");
    expect(stripRole("Dr. Ines Falkenrath, MD")).toBe("Dr. Ines Falkenrath");
    expect(stripRole("Jaro Wendt, M.Sc.")).toBe("Jaro Wendt");
    expect(stripRole("Jaro Wendt M.Sc.")).toBe("Jaro Wendt");
    expect(stripRole("Ines Falkenrath MBA")).toBe("Ines Falkenrath");
  });
});

describe("team cards", () => {
  it("reads heading and paragraph cards whose roles look like names", () => {
    const card = (name: string, role: string) =>
      `<div class="member"><img src="p.jpg" alt=""><h4>${name}</h4><p class="text-muted">${role}</p></div>`;
    expect(pairs(card("Odile Marchetti", "Lead Designer") + card("Brann Holloway", "Chief Operating Officer"))).toEqual(
      [
        ["Odile Marchetti", "Lead Designer"],
        ["Brann Holloway", "Chief Operating Officer"],
      ],
    );
  });

  it("takes a name-like role where the other cards hold clear roles in the same place", () => {
    const card = (name: string, role: string) =>
      `<div class="m"><p class="name">${name}</p><p class="job">${role}</p></div>`;
    expect(
      pairs(
        card("Greta Vollmer", "Geschäftsführerin") +
          card("Timo Harlan", "Brand Storyteller") +
          card("Ada Kress", "CTO"),
      ),
    ).toEqual([
      ["Greta Vollmer", "Geschäftsführerin"],
      ["Timo Harlan", "Brand Storyteller"],
      ["Ada Kress", "CTO"],
    ]);
  });

  it("reads the role inside the name's heading", () => {
    expect(
      pairs(
        `<h5>Ilka Brandner <small>Co-Founder &amp; CEO</small></h5><h5>Juri Oswald <small>Co-Founder &amp; CTO</small></h5>`,
      ),
    ).toEqual([
      ["Ilka Brandner", "Co-Founder & CEO"],
      ["Juri Oswald", "Co-Founder & CTO"],
    ]);
  });

  it("keeps the roles before a tagline", () => {
    const card = (name: string, role: string) =>
      `<div class="p"><div class="n">${name}</div><div class="r">${role}</div></div>`;
    expect(
      pairs(
        card("Mira Solberg", "Co-founder &amp; CEO · Bakes on Sundays") +
          card("Eli Varga", "Head of Product · seit 2021 dabei"),
      ),
    ).toEqual([
      ["Mira Solberg", "Co-founder & CEO"],
      ["Eli Varga", "Head of Product"],
    ]);
  });

  it("reads credentials after a name as no part of it", () => {
    const card = (name: string, role: string) =>
      `<div class="m"><p class="n">${name}</p><p class="r">${role}</p></div>`;
    expect(
      pairs(card("Dr. Ines Falkenrath, MD", "Chief Medical Officer") + card("Jaro Wendt, PhD", "Head of Research")),
    ).toEqual([
      ["Dr. Ines Falkenrath", "Chief Medical Officer"],
      ["Jaro Wendt", "Head of Research"],
    ]);
  });

  it("reads the first line of a contact block as the role, and no phone number as one", () => {
    expect(
      pairs(`<div><h4>Bastian Krohn</h4><p>Vertriebsleiter<br>Tel. +49 40 555 0101<br><a href="mailto:b@x.example">E-Mail</a></p></div>
        <div><h4>Lene Rasch</h4><p>Projektleitung Gewerbe<br>Tel. +49 40 555 0102</p></div>`),
    ).toEqual([
      ["Bastian Krohn", "Vertriebsleiter"],
      ["Lene Rasch", "Projektleitung Gewerbe"],
    ]);
    expect(
      pairs(`<table><tr><td>Arne Vogt</td><td>Einkauf</td><td>+49 711 555 01</td></tr>
        <tr><td>Rike Sander</td><td>Technischer Vertrieb</td><td>+49 711 555 02</td></tr></table>`),
    ).toEqual([
      ["Arne Vogt", "Einkauf"],
      ["Rike Sander", "Technischer Vertrieb"],
    ]);
  });

  it("prefers a clear role before the name to a tagline after it", () => {
    const card = (role: string, name: string, tag: string) =>
      `<div class="c"><p class="role">${role}</p><h3>${name}</h3><p class="tag">${tag}</p></div>`;
    expect(
      pairs(
        card("Geschäftsführerin", "Wiebke Haller", "Mag Kaffee und klare Abläufe") +
          card("Leiter Technik", "Okan Sezer", "Baut gern Maschinen"),
      ),
    ).toEqual([
      ["Wiebke Haller", "Geschäftsführerin"],
      ["Okan Sezer", "Leiter Technik"],
    ]);
  });

  it("takes a role without a job word before the name where the list shows roles there", () => {
    const card = (role: string, name: string) =>
      `<div class="c"><span class="role">${role}</span><h3>${name}</h3></div>`;
    expect(
      pairs(
        card("Projektleiterin", "Wiebke Haller") + card("Technischer Zeichner", "Okan Sezer") + card("CFO", "Ida Lenz"),
      ),
    ).toEqual([
      ["Wiebke Haller", "Projektleiterin"],
      ["Okan Sezer", "Technischer Zeichner"],
      ["Ida Lenz", "CFO"],
    ]);
  });

  it("reads 'Name (Role)' list items without taking the next item as a role", () => {
    expect(
      pairs(`<ul><li>Klara Brenner (CEO)</li><li>Emil Sauter (CTO)</li><li>Rosa Imhof (Leiterin Vertrieb)</li></ul>`),
    ).toEqual([
      ["Klara Brenner", "CEO"],
      ["Emil Sauter", "CTO"],
      ["Rosa Imhof", "Leiterin Vertrieb"],
    ]);
  });

  it("reads names in definition lists", () => {
    const contact = (name: string, role: string) =>
      `<dl><div><dd class="font-bold">${name}</dd></div><div><dd>${role}</dd></div><div><dd><a href="mailto:x@y.example">Mail</a></dd></div></dl>`;
    expect(
      pairs(contact("Nele Amsel", "Geschäftsführerin &amp; Leiterin HR") + contact("Piet Holm", "Personalreferent")),
    ).toEqual([
      ["Nele Amsel", "Geschäftsführerin & Leiterin HR"],
      ["Piet Holm", "Personalreferent"],
    ]);
  });

  it("reads names typed in capitals beside clear roles only", () => {
    const card = (name: string, role: string) => `<div class="m"><h3>${name}</h3><p>${role}</p></div>`;
    expect(pairs(card("LUDWIG ARNSBERG", "GESCHÄFTSFÜHRER") + card("FENJA DORN", "BAULEITERIN"))).toEqual([
      ["Ludwig Arnsberg", "GESCHÄFTSFÜHRER"],
      ["Fenja Dorn", "BAULEITERIN"],
    ]);
    expect(pairs(card("FRISCHE IDEEN", "SCHNELLE WEGE") + card("KLARE PREISE", "GUTE LAUNE"))).toEqual([]);
  });

  it("takes no service or pricing cards for people", () => {
    const card = (title: string, text: string) => `<div class="card"><h3>${title}</h3><p>${text}</p></div>`;
    expect(
      pairs(
        card("Brand Identity", "Logos and colours that fit your company.") +
          card("Digital Strategy", "Plans that connect sales and marketing.") +
          card("Individuelle Beratung", "Wir nehmen uns Zeit für Ihr Anliegen."),
      ),
    ).toEqual([]);
    expect(
      pairs(card("Starter Plan", "For small support teams") + card("Growth Plan", "For growing sales teams")),
    ).toEqual([]);
  });

  it("takes no person with a role for the role of the next name in a grid of labels", () => {
    const cell = (text: string) => `<div class="i"><p class="t">${text}</p></div>`;
    const grid = `<div class="g">${cell("<b>Geschäftsführer:</b>")}${cell("Herr Oskar Lindholm (Vorsitzender)")}${cell("Tessa Brink")}</div>`;
    const people = extractPeople(
      page(grid + grid.replace("Oskar Lindholm", "Aron Falk").replace("Tessa Brink", "Uta Wiese")),
    );
    expect(people.map((person) => person.role)).not.toContain("Herr Oskar Lindholm (Vorsitzender)");
    expect(people.map((person) => person.name)).not.toContain("Herr Oskar Lindholm");
  });
});
