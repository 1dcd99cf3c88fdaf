import { describe, expect, it } from "vitest";
import { isPersonName, isRole } from "../../../lib/research/names";
import { extractPeople } from "../../../lib/research/people";
import { parseHtml } from "./fixtures";

/** More team-page markup: roles named by their class, and feature lists that name nobody. */

const url = "https://www.moosgrund-labor.example/team";
const pairs = (body: string) =>
  extractPeople(parseHtml(`<!doctype html><html><body><main>${body}</main></body></html>`, url)).map((person) => [
    person.name,
    person.role,
  ]);

describe("team cards with roles named by their class", () => {
  it("reads playful roles in an element classed as the role", () => {
    const member = (name: string, role: string) =>
      `<section class="crew-member"><img src="a.jpg" alt="${name}"><div class="crew-member__content">
        <h2 class="crew-member__name"><a href="/about/x">${name}</a></h2>
        <p class="crew-member__role">${role}</p>
        <p class="crew-member__bio">Knows every corner of the lab and every café nearby.</p></div></section>`;
    expect(pairs(member("Ilvy Brandauer", "The Navigator") + member("Corvin Stahl", "The Tinkerer"))).toEqual([
      ["Ilvy Brandauer", "The Navigator"],
      ["Corvin Stahl", "The Tinkerer"],
    ]);
  });

  it("reads a role in a 'job-title' element", () => {
    const card = (name: string, role: string) =>
      `<div class="person"><h3 class="person__name">${name}</h3><span class="person__job-title">${role}</span></div>`;
    expect(pairs(card("Mira Solberg", "Night Owl") + card("Anton Falk", "Bug Whisperer"))).toEqual([
      ["Mira Solberg", "Night Owl"],
      ["Anton Falk", "Bug Whisperer"],
    ]);
  });

  it("takes no layout utility class for a role", () => {
    const card = (title: string, text: string) =>
      `<div class="card"><h3>${title}</h3><p class="position-relative">${text}</p></div>`;
    expect(pairs(card("Frische Ideen", "Schnelle Wege") + card("Klare Preise", "Gute Laune"))).toEqual([]);
  });
});

describe("feature lists", () => {
  it("takes no list item for a person with the next item as a role", () => {
    const plan = (items: string[]) =>
      `<div class="plan"><h3>Plus</h3><ul>${items.map((item) => `<li><svg></svg> ${item} </li>`).join("")}</ul></div>`;
    expect(
      pairs(
        plan(["Unbegrenzte Nutzer", "5.000 Zeilen pro Tabelle", "Branded Formulare", "Premium Support"]) +
          plan(["Individuelle Konditionen", "Premium Support", "Dedizierte Betreuung", "Account Manager"]),
      ),
    ).toEqual([]);
  });

  it("takes no price unit for a person with the plan name as a role", () => {
    const plan = (name: string, price: string) =>
      `<div class="col"><div class="price-wrap"><div class="price-title"><h4>${name}</h4></div>
        <div class="price-price">${price} <span class="muted">Per Month</span></div>
        <ul><li>Unlimited Contacts</li><li>Email Support</li></ul></div></div>`;
    expect(pairs(plan("SOLO", "$12") + plan("TEAM MARKETING", "$49") + plan("AGENCY SALES", "$99"))).toEqual([]);
  });

  it("still reads a card built as a list of a name item and a role item", () => {
    const member = (name: string, role: string) =>
      `<ul class="member"><li class="member-name">${name}</li><li class="member-title">${role}</li></ul>`;
    expect(pairs(member("Runa Edler", "Geschäftsführerin") + member("Till Aßmann", "Bauleiter"))).toEqual([
      ["Runa Edler", "Geschäftsführerin"],
      ["Till Aßmann", "Bauleiter"],
    ]);
  });
});

describe("roles of practices, workshops and offices", () => {
  it.each([
    "Partnerin",
    "Sekretärin",
    "Zahnarzt",
    "Heilpraktikerin",
    "Friseurin",
    "Systemadministrator",
    "Projektkoordinatorin",
    "IT-Spezialist",
    "Einkäufer",
    "Kfz-Mechaniker",
    "Lagerist",
    "Technik",
    "Disposition",
    "Content Creator",
    "Head of Growth",
  ])("reads %s as a role", (role) => {
    expect(isRole(role)).toBe(true);
  });

  it("reads a practice's list whose only role words are these", () => {
    const card = (name: string, role: string) => `<div class="p"><h4>${name}</h4><span>${role}</span></div>`;
    expect(pairs(card("Wiebke Sander", "Zahnärztin") + card("Jost Amrein", "Zahnarzt"))).toEqual([
      ["Wiebke Sander", "Zahnärztin"],
      ["Jost Amrein", "Zahnarzt"],
    ]);
    expect(isPersonName("Ruben Meister")).toBe(true);
  });
});

describe("names and roles in one line", () => {
  it("reads 'Name · Role' lines", () => {
    const line = (text: string) => `<div class="kicker"><span>${text}</span></div>`;
    expect(pairs(line("Fenna Dahl · Gründerin") + line("Oskar Brem · Leitung Werkstatt"))).toEqual([
      ["Fenna Dahl", "Gründerin"],
      ["Oskar Brem", "Leitung Werkstatt"],
    ]);
  });
});

describe("names in running text", () => {
  it("takes no one from a sentence that links names, whatever follows each name", () => {
    const story = `<p>Our seed round was led by <a href="https://a.example">Hafenlicht Capital</a>, together with
      <a href="https://b.example">Ansgar Rewe</a> (founder of a shipping startup) and
      <a href="https://c.example">Mirella Dunst</a>, and they were joined by <a href="https://d.example">Kompass Beta</a>
      and <a href="https://e.example">Norder Fund</a>.</p>`;
    expect(pairs(story)).toEqual([]);
  });

  it("still reads list items and paragraphs that hold a name and its role only", () => {
    const item = (name: string, role: string) => `<li><a href="/team/x">${name}</a> (${role})</li>`;
    expect(pairs(`<ul>${item("Ansgar Rewe", "Founder")}${item("Mirella Dunst", "Head of Sales")}</ul>`)).toEqual([
      ["Ansgar Rewe", "Founder"],
      ["Mirella Dunst", "Head of Sales"],
    ]);
    const line = (name: string, role: string) => `<b>${name}</b>, ${role}<br>`;
    expect(pairs(`<p>${line("Ansgar Rewe", "Founder")}${line("Mirella Dunst", "Head of Sales")}</p>`)).toEqual([
      ["Ansgar Rewe", "Founder"],
      ["Mirella Dunst", "Head of Sales"],
    ]);
  });
});

describe("one person named twice", () => {
  it("is a mention, not a team list", () => {
    const body = `<div class="block"><h2>Publisher</h2><p><strong>Oda Reimers</strong><br>Lüneburg, Germany<br>
      Contact: <a href="mailto:oda@reimers.example">oda@reimers.example</a></p></div>
      <div class="block"><h2>Editorial director</h2><p>Oda Reimers</p></div>`;
    expect(pairs(body)).toEqual([]);
  });
});

describe("offers named like people", () => {
  it("takes no one from a list of offers priced where a role would be", () => {
    const offer = (name: string, price: string) => `<div class="offer"><h3>${name}</h3><p>${price}</p></div>`;
    expect(
      pairs(offer("Quick Win Lösung", "CHF 3'000 - 8'000") + offer("Stability Retainer", "Support & Wartung")),
    ).toEqual([]);
  });
});
