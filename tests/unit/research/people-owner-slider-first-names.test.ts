import { describe, expect, it } from "vitest";
import { foundersInProse } from "../../../lib/research/founders";
import { companyFounders, extractPeople } from "../../../lib/research/people";
import { parseHtml } from "./fixtures";

/** Customers quoted in a bare slider, a lone owner's card, first-name cards on a team page, founders in a press release. */

const doc = (body: string, url: string) =>
  parseHtml(`<!doctype html><html><head><title>Torfmoor Software</title></head><body>${body}</body></html>`, url);
const pairs = (body: string, url = "https://www.torfmoor-software.example/ueber-uns") =>
  extractPeople(doc(body, url), url).map((person) => `${person.name} (${person.role ?? ""})`);

const team = `<section><h2>Unser Team</h2><div class="grid">
  <div class="member"><img src="/a.jpg" alt=""><h3>Erika Beispiel</h3><p>Geschäftsführerin</p></div>
  <div class="member"><img src="/b.jpg" alt=""><h3>Max Muster</h3><p>Head of Engineering</p></div></div></section>`;

describe("customers quoted in a slider without quote markup", () => {
  const slide = (quote: string, name: string, role: string) =>
    `<div class="swiper-slide"><div class="p-6"><p class="text-lg">${quote}</p>
      <div class="mt-4 flex"><img src="/c.jpg" alt=""><div><h4>${name}</h4><p class="text-sm">${role}</p></div></div></div></div>`;

  it("takes no one whose role names another company under a short text", () => {
    const slider = `<div class="swiper"><div class="swiper-wrapper">
      ${slide("Die Einführung hat keine zwei Wochen gedauert.", "Jana Brenner", "Head of Operations at Kestrel Logistics")}
      ${slide("Endlich haben alle Standorte dieselben Zahlen.", "Ole Wiese", "Leiter Finanzen bei Amselhof")}
      ${slide("Der Support antwortet schneller als unser eigener.", "Ruth Amsel", "CFO, Brandt Bau GmbH")}
      ${slide("Setup took an afternoon, reporting takes a click.", "Tom Reiher", "CEO of Kestrel Freight")}</div></div>`;
    expect(pairs(team + slider)).toEqual(["Erika Beispiel (Geschäftsführerin)", "Max Muster (Head of Engineering)"]);
  });

  it("takes no one under a quotation in the first person whatever the role", () => {
    const slider = `<div class="swiper"><div class="swiper-wrapper">
      ${slide("Seit wir umgestellt haben, sparen wir jede Woche einen Tag.", "Jana Brenner", "Geschäftsführerin")}
      ${slide("Ich würde es jederzeit wieder so machen.", "Ole Wiese", "Inhaber")}</div></div>`;
    expect(pairs(team + slider)).toEqual(["Erika Beispiel (Geschäftsführerin)", "Max Muster (Head of Engineering)"]);
  });

  it("keeps the company's own people whose roles name the company", () => {
    const card = (name: string, role: string) =>
      `<div class="card"><p>Baut seit zehn Jahren Software für Werkstätten.</p><h3>${name}</h3><p>${role}</p></div>`;
    const list = `<div class="cards">${card("Erika Beispiel", "CEO at Torfmoor")}${card("Max Muster", "CTO at Torfmoor")}</div>`;
    expect(pairs(list)).toEqual(["Erika Beispiel (CEO at Torfmoor)", "Max Muster (CTO at Torfmoor)"]);
  });

  it("keeps advisors whose roles name their former employers", () => {
    const card = (name: string, role: string) => `<div class="card"><h3>${name}</h3><p>${role}</p></div>`;
    const list = `<h2>Advisors</h2><div class="cards">${card("Jana Brenner", "Advisor, former CTO at Kestrel")}${card("Ole Wiese", "Advisor, Partner at Amselhof Capital")}</div>`;
    expect(pairs(list)).toEqual([
      "Jana Brenner (Advisor, former CTO at Kestrel)",
      "Ole Wiese (Advisor, Partner at Amselhof Capital)",
    ]);
  });
});

describe("a lone owner's card", () => {
  const owner = `<section id="gruender"><div class="grid"><div class="visual"><img src="/owner.jpg" alt="Erika Beispiel">
    <div class="badge"><span class="badge-name"><b>Erika Beispiel</b><span>Gründerin &amp; Geschäftsführerin</span></span><span>Kassel · bundesweit</span></div></div>
    <div class="copy"><h2>Ihr Ansprechpartner – mit Gesicht.</h2><p>Wir bauen Software für Werkstätten, die sie selbst verstehen.</p>
    <ol><li><b>Führt jedes Erstgespräch selbst</b><span>Sie sprechen mit der, die entscheidet.</span></li><li><b>Baut Ihre Lösung mit</b><span>Vom ersten Tag an.</span></li></ol></div></div></section>`;

  it("reads the owner's card on the home page", () => {
    expect(pairs(owner, "https://www.torfmoor-software.example/")).toEqual([
      "Erika Beispiel (Gründerin & Geschäftsführerin)",
    ]);
  });

  it("reads the owner's card on an about page beside another lone mention", () => {
    const mention = `<div class="partner"><strong>Jonas Falk</strong><span>Steuerberater</span></div>`;
    expect(pairs(owner + mention)).toEqual(["Erika Beispiel (Gründerin & Geschäftsführerin)"]);
  });

  it("reads no lone card without a photo or with another role on the home page", () => {
    const home = "https://www.torfmoor-software.example/";
    expect(pairs(owner.replace(/<img[^>]*>/, ""), home)).toEqual([]);
    expect(pairs(owner.replace("Gründerin &amp; Geschäftsführerin", "Steuerberaterin"), home)).toEqual([]);
  });

  it("reads no customer's photo card under a few words of praise as the owner", () => {
    const praise = `<div class="praise"><p>Great service from start to finish, highly recommended.</p>
      <div class="who"><img src="/c.jpg" alt=""><b>Jana Brenner</b><span>Founder</span></div></div>`;
    expect(pairs(praise, "https://www.torfmoor-software.example/")).toEqual([]);
  });

  it("reads the founder whose role names the company itself, with his words after it", () => {
    const hero = `<section class="hero"><span class="eyebrow">Who We Are</span><h1>Werkstatt-Software aus Kassel</h1></section>`;
    const founder = `<div class="box"><img src="/team.jpg" alt=""><div class="note"><div class="row"><div class="initials">JF</div>
      <div><h4>Mr. Jonas Falk</h4><p>Founder &amp; Managing Director, Torfmoor Software</p></div></div>
      <p>"Our mission is to make every workshop's paperwork disappear, one invoice at a time, without a single spreadsheet."</p></div></div>`;
    expect(pairs(hero + founder)).toEqual(["Jonas Falk (Founder & Managing Director, Torfmoor Software)"]);
  });

  it("reads two owners named in one line on the home page", () => {
    const card = `<div class="trust"><h2>Kein Callcenter.</h2><p>Sie sprechen direkt mit den Inhabern.</p></div>
      <div class="trust-card"><svg viewBox="0 0 8 2"><path d="M0 0"/></svg><div class="card-name">Erika Beispiel &amp; Max Muster</div>
      <div class="card-role">Inhaber &amp; Geschäftsführer</div><div class="contact">+49 561 000 000</div></div>`;
    expect(pairs(card, "https://www.torfmoor-software.example/")).toEqual([
      "Erika Beispiel (Inhaber & Geschäftsführer)",
      "Max Muster (Inhaber & Geschäftsführer)",
    ]);
    expect(pairs(card.replace("&amp; Max Muster", "&amp; Partner"), "https://www.torfmoor-software.example/")).toEqual(
      [],
    );
  });

  it("reads no customer quoted on the home page as its owner", () => {
    const quoted = `<div class="slide"><p>Ich hätte nie gedacht, dass Buchhaltung so einfach sein kann.</p><div class="who"><img src="/q.jpg" alt=""><b>Jana Brenner</b><span>Inhaberin</span></div></div>`;
    expect(pairs(quoted, "https://www.torfmoor-software.example/")).toEqual([]);
  });
});

describe("first-name cards on a team page", () => {
  const card = (name: string, role: string) =>
    `<div class="person"><img src="/p.jpg" alt=""><h3>${name}</h3><p>${role}</p></div>`;
  const board = `<h2>Das sind wir</h2><div class="people">${card("Lena", "Customer Success")}${card("Jonas", "Head of Sales")}${card("Mira", "Entwicklerin")}${card("Tarek", "Designer")}</div>`;

  it("reads several first-name cards with roles", () => {
    expect(pairs(board, "https://www.torfmoor-software.example/team")).toEqual([
      "Lena (Customer Success)",
      "Jonas (Head of Sales)",
      "Mira (Entwicklerin)",
      "Tarek (Designer)",
    ]);
  });

  it("reads first names with their role in one line", () => {
    const line = (text: string) => `<li class="crew"><img src="/p.jpg" alt=""><p>${text}</p></li>`;
    const list = `<ul>${line("Lena — Customer Success")}${line("Jonas — Head of Sales")}${line("Mira — Entwicklerin")}</ul>`;
    expect(pairs(list, "https://www.torfmoor-software.example/team")).toEqual([
      "Lena (Customer Success)",
      "Jonas (Head of Sales)",
      "Mira (Entwicklerin)",
    ]);
  });

  it("reads none on a blog post or from author boxes", () => {
    expect(pairs(board, "https://www.torfmoor-software.example/blog/werkstatt-software")).toEqual([]);
    const author = (name: string) =>
      `<div class="post-author"><img src="/a.jpg" alt=""><h3>${name}</h3><p>Marketing Manager</p></div>`;
    const posts = `<div class="posts">${author("Lena")}${author("Jonas")}${author("Mira")}</div>`;
    expect(pairs(posts, "https://www.torfmoor-software.example/team")).toEqual([]);
  });

  it("reads a first name beside the one full name of its list on a team page only", () => {
    const two = `<div class="people">${card("Erika Beispiel", "Co-Founder &amp; CEO")}${card("Jonas", "Co-Founder &amp; CTO")}</div>`;
    expect(pairs(two, "https://www.torfmoor-software.example/about")).toEqual([
      "Erika Beispiel (Co-Founder & CEO)",
      "Jonas (Co-Founder & CTO)",
    ]);
    // On the home page the full name is the owner's card of its own, the first name is not read.
    expect(pairs(two, "https://www.torfmoor-software.example/")).toEqual(["Erika Beispiel (Co-Founder & CEO)"]);
  });

  it("reads no pair of first names, nor first names without roles", () => {
    const two = `<div class="people">${card("Lena", "Customer Success")}${card("Jonas", "Head of Sales")}</div>`;
    expect(pairs(two, "https://www.torfmoor-software.example/team")).toEqual([]);
    const places = `<div class="offices">${card("Kassel", "Hauptsitz")}${card("Leipzig", "Werkstatt")}${card("Bremen", "Lager")}</div>`;
    expect(pairs(places, "https://www.torfmoor-software.example/team")).toEqual([]);
  });
});

describe("founders in the company's own press release", () => {
  const release = (text: string) =>
    `<main><article><h1>Torfmoor Software erhält 4 Mio. Euro</h1><p>Kassel, 3. März 2026 – Die Werkstattsoftware gewinnt neue Investoren.</p><p>${text}</p></article></main>`;
  const url = "https://www.torfmoor-software.example/presse/finanzierung-2026";
  const names = (text: string) => companyFounders(doc(release(text), url), url).map((person) => person.name);

  it.each([
    ["Torfmoor Software was founded in 2019 by Jana Brandt and Ole Wiese.", ["Jana Brandt", "Ole Wiese"]],
    ["Die Torfmoor Software GmbH wurde 2019 von Jana Brandt und Ole Wiese gegründet.", ["Jana Brandt", "Ole Wiese"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("reads no founders of another company the release names", () => {
    expect(names("Kestrel Logistics, founded in 2012 by Jana Brandt and Ole Wiese, is the first customer.")).toEqual(
      [],
    );
    expect(names("Der Kunde wurde 2012 von Jana Brandt und Ole Wiese gegründet und nutzt Torfmoor seit 2020.")).toEqual(
      [],
    );
  });

  it("reads them on a page of another kind through the people of the page", () => {
    const pricing = "https://www.torfmoor-software.example/preise";
    const body = release("Torfmoor Software was founded in 2019 by Jana Brandt and Ole Wiese.");
    expect(extractPeople(doc(body, pricing), pricing).map((person) => person.name)).toEqual([
      "Jana Brandt",
      "Ole Wiese",
    ]);
  });
});

describe("a founder named with a salutation", () => {
  it("reads the name without it", () => {
    const text = "Learn about Torfmoor, founded in 2018 by Mr. Jonas Falk. Direct sourcing from Kassel.";
    expect(foundersInProse([text]).map((person) => person.name)).toEqual(["Jonas Falk"]);
  });
});
