import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../lib/research/people";
import { parseHtml } from "./fixtures";

/** Roles a card gives in other places than its role line: fuller than the page's data, in the portrait's alt text, after a town. */

const pairs = (body: string, head = "", url = "https://www.kranwerk.example/team") =>
  extractPeople(
    parseHtml(`<!doctype html><html><head><title>Kranwerk</title>${head}</head><body>${body}</body></html>`, url),
    url,
  ).map((person) => `${person.name} (${person.role ?? ""})`);

const personData = (people: { name: string; jobTitle: string }[]) =>
  `<script type="application/ld+json">${JSON.stringify({
    "@context": "https://schema.org",
    "@graph": people.map((person) => ({ "@type": "Person", ...person })),
  })}</script>`;

describe("the card's fuller role over the page's data", () => {
  const card = (name: string, role: string) =>
    `<div class="member"><img src="/p.jpg" alt=""><h3>${name}</h3><p>${role}</p></div>`;
  const list = `<h1>Team</h1><div class="grid">${card("Mira Tannhof", "CEO &amp; Co-Founder")}${card("Olaf Brenner", "CTO")}</div>`;

  it("takes the card's role where it holds the data's and more", () => {
    const head = personData([
      { name: "Mira Tannhof", jobTitle: "CEO" },
      { name: "Olaf Brenner", jobTitle: "CTO" },
    ]);
    expect(pairs(list, head)).toEqual(["Mira Tannhof (CEO & Co-Founder)", "Olaf Brenner (CTO)"]);
  });

  it("leaves out the company the card's role ends in", () => {
    const head = personData([{ name: "Mira Tannhof", jobTitle: "Gründerin" }]);
    const named = `<h1>Über uns</h1><div class="grid">${card("Mira Tannhof", "Gründerin &amp; Geschäftsführerin, Kranwerk Digital")}${card("Olaf Brenner", "Entwickler")}</div>`;
    expect(pairs(named, head)).toEqual(["Mira Tannhof (Gründerin & Geschäftsführerin)", "Olaf Brenner (Entwickler)"]);
  });

  it("keeps the data's role where the card's says something else", () => {
    const head = personData([{ name: "Olaf Brenner", jobTitle: "Chief Technology Officer" }]);
    expect(pairs(list, head)).toEqual(["Olaf Brenner (Chief Technology Officer)", "Mira Tannhof (CEO & Co-Founder)"]);
  });
});

describe("a role written only in the portrait's alt text", () => {
  const card = (name: string, alt: string) =>
    `<div class="person"><figure><img src="/p.jpg" alt="${alt}"></figure><h3>${name}</h3><a href="mailto:x@kranwerk.example">E-Mail</a></div>`;

  it("reads the role after the name, without the company", () => {
    const list = `<h1>Unser Team</h1><div class="people">
      ${card("Lena Kranz", "Lena Kranz - Geschäftsführerin Kranwerk")}
      ${card("Timo Asche", "Timo Asche, Leiter Vertrieb bei Kranwerk GmbH")}
      ${card("Ute Ferber", "Ute Ferber – Buchhaltung")}</div>`;
    expect(pairs(list)).toEqual([
      "Lena Kranz (Geschäftsführerin)",
      "Timo Asche (Leiter Vertrieb)",
      "Ute Ferber (Buchhaltung)",
    ]);
  });

  it("takes no customers whose portraits name their own companies", () => {
    const quote = (name: string, alt: string) =>
      `<div class="review"><img src="/c.jpg" alt="${alt}"><p>„Seit dem Umstieg sparen wir jede Woche einen ganzen Tag.“</p><h4>${name}</h4></div>`;
    const list = `<h2>Das sagen unsere Kunden</h2><div class="reviews">
      ${quote("Jana Beispiel", "Jana Beispiel - Geschäftsführerin bei Amselhof Logistik")}
      ${quote("Tilo Amsel", "Tilo Amsel, Leiter Einkauf at Kestrel Bau")}</div>`;
    expect(pairs(list, "", "https://www.kranwerk.example/")).toEqual([]);
  });

  it("reads no role from an alt text that names someone else or gives none", () => {
    const list = `<h1>Unser Team</h1><div class="people">
      ${card("Lena Kranz", "Timo Asche - Geschäftsführer")}
      ${card("Timo Asche", "Timo Asche im Büro")}</div>`;
    expect(pairs(list)).toEqual(["Lena Kranz ()", "Timo Asche ()"]);
  });
});

describe("a town or team line between the name and the role", () => {
  const card = (name: string, town: string, role: string) =>
    `<div class="member"><img src="/p.jpg" alt=""><h3>${name}</h3><p class="town">${town}</p><p class="job">${role}</p></div>`;

  it("takes the role after a town line that is never a role", () => {
    const list = `<h1>Team</h1><div class="grid">
      ${card("Jonas Feldt", "Hamburg", "Head of Sales")}
      ${card("Pia Lorenzen", "Kiel", "Account Executive")}
      ${card("Sven Obermaier", "Lübeck", "Customer Success Manager")}</div>`;
    expect(pairs(list)).toEqual([
      "Jonas Feldt (Head of Sales)",
      "Pia Lorenzen (Account Executive)",
      "Sven Obermaier (Customer Success Manager)",
    ]);
  });

  it("keeps a role line that gives roles on other cards over the qualification after it", () => {
    const line = (name: string, title: string, detail: string) =>
      `<div class="card"><h3 class="card__name">${name}</h3><div class="card__title">${title}</div><p class="card__cred">${detail}</p></div>`;
    const list = `<h1>Über uns</h1><div class="grid">
      ${line("Jonas Feldt", "Geschäftsführer", "Diplom-Kaufmann")}
      ${line("Pia Lorenzen", "Objektvermittlung", "Spezialistin Gewerbeflächen")}
      ${line("Sven Obermaier", "Leiter Technik", "Ingenieur Haustechnik")}</div>`;
    expect(pairs(list)).toEqual([
      "Jonas Feldt (Geschäftsführer)",
      "Pia Lorenzen (Objektvermittlung)",
      "Sven Obermaier (Leiter Technik)",
    ]);
  });
});

describe("a role line classed as one above the name", () => {
  it("reads it whatever its words", () => {
    const card = (role: string, name: string) =>
      `<article class="agent"><a href="/team/x"><img src="/p.jpg" alt=""><div><p class="agent__role">${role}</p><h3 class="agent__name">${name}</h3><p class="agent__bio">Knows every street of the old town and its markets.</p></div></a></article>`;
    const list = `<h1>Our agents</h1><div class="grid">${card("Broker of Record", "Nora Vale")}${card("REALTOR®", "Ezra Quill")}${card("REALTOR®", "Ida Fenn")}</div>`;
    expect(pairs(list)).toEqual(["Nora Vale (Broker of Record)", "Ezra Quill (REALTOR®)", "Ida Fenn (REALTOR®)"]);
  });
});

describe("a role given with its label on the line after the name", () => {
  it("reads it also as the next item of a list", () => {
    const page = `<h1>Our Team</h1><h2>Core Team</h2><ul><li><strong>Wendel Oakes</strong></li><li>Role: Project Lead</li><li>Code: <a href="https://code.example/wendel">@wendel</a></li></ul>`;
    expect(pairs(page)).toEqual(["Wendel Oakes (Project Lead)"]);
  });

  it("reads no label whose value is not a role", () => {
    const page = `<h1>Our Team</h1><ul><li><strong>Wendel Oakes</strong></li><li>Title: The long way home</li></ul>`;
    expect(pairs(page)).toEqual([]);
  });
});
