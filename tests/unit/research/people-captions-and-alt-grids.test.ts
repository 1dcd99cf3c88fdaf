import { describe, expect, it } from "vitest";
import { withPageMemo } from "../../../lib/research/page-memo";
import { extractPeople } from "../../../lib/research/people";
import { altOnlyPeople } from "../../../lib/research/team-alt";
import { parseHtml } from "./fixtures";

/** A lone caption that bolds the name, and team grids that name their people in the portraits' alt text. */

const site = "https://www.kranich-robotik.example";
const doc = (body: string, url: string) =>
  parseHtml(`<!doctype html><html><head><title>Kranich Robotik</title></head><body>${body}</body></html>`, url);
const pairs = (body: string, url = `${site}/team`) =>
  extractPeople(doc(body, url), url).map((person) => `${person.name} (${person.role ?? ""})`);

const team: [string, string][] = [
  ["Lena Hoffmann", "Geschäftsführerin"],
  ["Tilo Amsel", "Leitung Vertrieb"],
  ["Ruth Kranich", "Head of Engineering"],
];
const expected = team.map(([name, role]) => `${name} (${role})`);

describe("a team of one in a caption", () => {
  it("reads the owner whose caption bolds the name above the roles", () => {
    const body = `<main><section id="team"><h2>Das Team</h2><div class="columns">
      <div class="column"><figure><img src="/lena.jpg" alt="">
      <figcaption><strong>Lena Hoffmann</strong><br>Inhaberin, Geschäftsführerin</figcaption></figure></div>
      <div class="column"><p>Seit 2008 bauen wir hier Roboter. Ich liebe meine Arbeit und den Kontakt mit Kunden.</p></div>
      </div></section></main>`;
    expect(pairs(body)).toEqual(["Lena Hoffmann (Inhaberin, Geschäftsführerin)"]);
  });

  it("reads the owner's paragraph card on an about page", () => {
    const body = `<main><h1>Über uns</h1><div class="person"><img src="/lena.jpg" alt="">
      <p><strong>Lena Hoffmann</strong><br>Inhaberin</p></div><p>Wir bauen Roboter für kleine Werkstätten.</p></main>`;
    expect(pairs(body, `${site}/ueber-uns`)).toEqual(["Lena Hoffmann (Inhaberin)"]);
  });

  it("still reads no one from a person named twice apart on a page that is no team page", () => {
    const body = `<main><figure><img src="/lena.jpg" alt=""><figcaption><strong>Lena Hoffmann</strong><br>Leitung Vertrieb</figcaption></figure>
      <p>Neu im Blog: <strong>Lena Hoffmann</strong>, Leitung Vertrieb, über Greifarme.</p></main>`;
    expect(pairs(body, `${site}/blog/greifarme`)).toEqual([]);
  });
});

describe("team grids named in the portraits' alt text", () => {
  it("reads name and role from the alt text where the card shows no text", () => {
    const cards = team.map(([name, role]) => `<div class="member"><img src="/p.jpg" alt="${name}, ${role}"></div>`);
    expect(pairs(`<main><h2>Unser Team</h2><div class="grid">${cards.join("")}</div></main>`)).toEqual(expected);
  });

  it("reads them under a team heading on the home page, the company's name left out of the role", () => {
    const cards = team.map(
      ([name, role]) => `<div class="member"><img src="/p.jpg" alt="${name} – ${role} Kranich Robotik"></div>`,
    );
    const body = `<main><h2>Unser Team</h2><div class="grid">${cards.join("")}</div></main>`;
    expect(pairs(body, `${site}/`)).toEqual(expected);
  });

  it("reads the name from the alt text and the role set beside the portrait", () => {
    const cards = team.map(
      ([name, role]) => `<div class="member"><figure><img src="/p.jpg" alt="${name}"></figure>
      <div class="text"><p class="line">${role}</p><p>Seit 2015 an Bord.</p></div></div>`,
    );
    expect(pairs(`<main><h2>Unser Team</h2><div class="grid">${cards.join("")}</div></main>`)).toEqual(expected);
  });

  it("leaves out customers' portraits beside their words, and a single named illustration", () => {
    const customers = team.map(
      ([name, role]) => `<div class="ref"><img src="/c.jpg" alt="${name}, ${role} bei Falkenblick GmbH">
      <p>„Schnell geliefert, sauber verbaut.“</p></div>`,
    );
    expect(pairs(`<main><h2>Referenzen</h2><div class="grid">${customers.join("")}</div></main>`, `${site}/`)).toEqual(
      [],
    );
    const one = `<main><h2>Unser Team</h2><img src="/p.jpg" alt="Lena Hoffmann, Geschäftsführerin"><p>Wir bauen Roboter.</p></main>`;
    expect(pairs(one, `${site}/`)).toEqual([]);
  });

  it("keeps the role a card's text gives where the alt text names the person too", () => {
    const cards = team.map(
      ([name, role]) =>
        `<div class="member"><img src="/p.jpg" alt="${name}, Kranich Robotik"><h3>${name}</h3><p>${role}</p></div>`,
    );
    expect(pairs(`<main><h2>Unser Team</h2><div class="grid">${cards.join("")}</div></main>`)).toEqual(expected);
  });

  it("reads no team from a gallery of thousands of named images", () => {
    const cards = Array.from(
      { length: 10_000 },
      (_, index) =>
        `<div class="member"><img src="/p${index}.jpg" alt="Lena Hoffmann${index % 2 ? "" : "-Berg"}, Geschäftsführerin"></div>`,
    );
    const page = doc(`<main><h2>Unser Team</h2><div class="grid">${cards.join("")}</div></main>`, `${site}/team`);
    expect(withPageMemo(() => altOnlyPeople(page, `${site}/team`))).toEqual([]);
  });
});
