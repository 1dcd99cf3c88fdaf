import { describe, expect, it } from "vitest";
import { foundersInProse } from "../../../lib/research/founders";
import { extractPeople } from "../../../lib/research/people";
import { researchPage } from "../../../lib/research/research-page";
import { parseHtml } from "./fixtures";

/** Testimonials are not the team, founders named once in the company's own prose, lists split by their card box. */

const url = "https://www.brennwerk-daten.example/ueber-uns";
const page = (body: string) => parseHtml(`<!doctype html><html><body><main>${body}</main></body></html>`, url);
const pairs = (body: string) => extractPeople(page(body)).map((person) => `${person.name} (${person.role ?? ""})`);

const team = `<section id="team"><h2>Unser Team</h2><div class="grid">
  <div class="member"><h3>Erika Beispiel</h3><p>Geschäftsführerin</p></div>
  <div class="member"><h3>Max Muster</h3><p>Head of Engineering</p></div></div></section>`;

describe("customers quoted in a testimonial container", () => {
  const slide = (name: string, role: string) =>
    `<div class="testimonial-card"><p class="text">"Die Umstellung lief in zwei Wochen, ohne einen Tag Stillstand."</p>
      <div class="author"><h4>${name}</h4><p>${role}</p></div></div>`;
  const testimonials = `<section id="kundenstimmen"><h2>Das sagen unsere Kunden</h2><div class="slider">
    ${slide("Jana Muster", "Head of Sales")}${slide("Tobias Kranich", "Leiter Einkauf")}${slide("Ruth Amsel", "CFO")}</div></section>`;

  it("takes no quoted customer whose role names no company", () => {
    expect(pairs(team + testimonials)).toEqual([
      "Erika Beispiel (Geschäftsführerin)",
      "Max Muster (Head of Engineering)",
    ]);
  });

  it("takes no one named in the attribution inside a blockquote", () => {
    const quote = (name: string, role: string) =>
      `<blockquote><p>Schnell, klar und verlässlich.</p><footer><cite>${name}</cite>, ${role}</footer></blockquote>`;
    expect(pairs(team + quote("Jana Muster", "Head of Sales") + quote("Ruth Amsel", "Einkaufsleiterin"))).toEqual([
      "Erika Beispiel (Geschäftsführerin)",
      "Max Muster (Head of Engineering)",
    ]);
  });

  it("takes no quoted customer under a heading that calls the list customers' words", () => {
    const card = (name: string, role: string) =>
      `<div class="rounded p-6"><p>„Seit der Umstellung sparen wir jeden Tag eine Stunde.“</p><p class="mt-4 font-semibold">${name}</p><p class="text-sm">${role}</p></div>`;
    const body = `<section class="py-20"><div class="text-center"><p class="kicker">Kundenstimmen</p><h2>Was unsere Kunden sagen</h2></div>
      <div class="grid">${card("Jana Muster", "Head of Sales")}${card("Tobias Kranich", "Geschäftsführer")}${card("Ruth Amsel", "Leiterin Einkauf")}</div></section>`;
    expect(pairs(team + body)).toEqual(["Erika Beispiel (Geschäftsführerin)", "Max Muster (Head of Engineering)"]);
  });

  it("keeps a team whose list follows a section of customers' words", () => {
    const quotes = `<section><h2>Kundenstimmen</h2><p>„Seit der Umstellung sparen wir jeden Tag eine Stunde, und die Auswertungen kommen pünktlich.“ — Jana Muster, Leiterin Einkauf bei Kestrel Bau. „Endlich wissen wir, welche Anlage wann gewartet werden muss, ohne Listen zu pflegen.“ — Ruth Amsel, Technik bei Holm Logistik.</p></section>`;
    const list = `<section class="team"><div class="grid"><div class="member"><h3>Erika Beispiel</h3><p>Geschäftsführerin</p></div><div class="member"><h3>Max Muster</h3><p>Head of Engineering</p></div></div></section>`;
    expect(pairs(quotes + list)).toEqual(["Erika Beispiel (Geschäftsführerin)", "Max Muster (Head of Engineering)"]);
  });

  it("keeps founders whose own cards carry a quote of theirs", () => {
    const card = (name: string, role: string) =>
      `<div class="founder-card"><div class="founder-info"><h3>${name}</h3><p class="founder-role">${role}</p>
        <blockquote>"Wir bauen das Werkzeug, das uns selbst gefehlt hat."</blockquote></div></div>`;
    expect(
      pairs(
        `<div class="founders">${card("Erika Beispiel", "Co-Founder & CEO")}${card("Max Muster", "Co-Founder & CTO")}</div>`,
      ),
    ).toEqual(["Erika Beispiel (Co-Founder & CEO)", "Max Muster (Co-Founder & CTO)"]);
  });
});

describe("a team list beside feature cards with the same heading markup", () => {
  it("reads the founders' cards apart from the feature cards", () => {
    const feature = (title: string) =>
      `<div class="why-card"><div><h3>${title}</h3><p>Jede Buchung wird geprüft, bevor sie bezahlt wird.</p></div></div>`;
    const founder = (name: string, role: string) =>
      `<div class="founder-card"><div class="founder-info"><h3>${name}</h3><p class="founder-role">${role}</p></div></div>`;
    const body =
      `<div class="why">${feature("Weniger Falsche Belege")}${feature("Volle Kosten Kontrolle")}${feature("Schnelle Freigaben Heute")}${feature("Klare Fahrer Regeln")}</div>` +
      `<div class="founders">${founder("Erika Beispiel", "Co-Founder & CEO")}${founder("Max Muster", "Co-Founder & COO")}</div>`;
    expect(pairs(body)).toEqual(["Erika Beispiel (Co-Founder & CEO)", "Max Muster (Co-Founder & COO)"]);
  });
});

describe("a documentation theme's member cards", () => {
  const member = (name: string, title: string) =>
    `<div class="item"><article class="member"><div class="profile"><div class="data"><h1 class="name">${name}</h1>
      <p class="affiliation"><span class="title">${title}</span></p><p class="desc">Baut Datenbanken seit 2009.</p></div></div></article></div>`;
  const core = `<h2>Core team</h2><div class="members">${member("Erika Beispiel", "CEO")}${member("Max Muster", "CTO")}${member("Tobias Kranich", "Founding Engineer")}</div>`;

  it("reads names set in first-level headings", () => {
    expect(pairs(core)).toEqual(["Erika Beispiel (CEO)", "Max Muster (CTO)", "Tobias Kranich (Founding Engineer)"]);
  });

  it("leaves out the investors listed in the same markup, keeping the advisors", () => {
    const angels = `<h2>Angels</h2><div class="members">${member("Ruth Amsel", "Angel")}${member("Jonas Falk", "Angel")}</div>`;
    const advisors = `<h2>Advisors</h2><div class="members">${member("Lina Specht", "Advisor")}</div>`;
    expect(pairs(core + advisors + angels)).toEqual([
      "Erika Beispiel (CEO)",
      "Max Muster (CTO)",
      "Tobias Kranich (Founding Engineer)",
      "Lina Specht (Advisor)",
    ]);
  });
});

describe("a founder's card set apart above a list", () => {
  const founder = `<div class="member-details"><h4 class="member-name">Erika Beispiel</h4><h5 class="member-job-title">Founder and Chief Executive Officer</h5>
    <div class="member-description"><p>Erika hat Brennwerk 2015 gegründet.</p></div></div>`;
  const board = (name: string) =>
    `<div class="col"><img src="/b.jpg" alt=""><h3>${name}</h3><h6>Member, Board of Directors</h6></div>`;

  it("keeps the founder beside the board on an about page", () => {
    expect(
      pairs(`${founder}<h1>Board</h1><div class="row">${board("Max Muster")}${board("Ruth Amsel")}</div>`),
    ).toEqual([
      "Max Muster (Member, Board of Directors)",
      "Ruth Amsel (Member, Board of Directors)",
      "Erika Beispiel (Founder and Chief Executive Officer)",
    ]);
  });

  it("takes no lone name without a role element beside a list", () => {
    const mention = `<div><strong>Jonas Falk</strong><span>Head of Sales</span></div>`;
    expect(pairs(`${mention}<div class="row">${board("Max Muster")}${board("Ruth Amsel")}</div>`)).toEqual([
      "Max Muster (Member, Board of Directors)",
      "Ruth Amsel (Member, Board of Directors)",
    ]);
  });
});

describe("a role with the year it began", () => {
  it("reads the owner under his own words on an about page", () => {
    const body = `<section aria-label="Vom Inhaber"><blockquote><p>„Mein Vater hat die Werkstatt 1971 eröffnet.“</p></blockquote>
      <div class="sign"><svg viewBox="0 0 8 2"><path d="M0 0"/></svg><div><p class="name">Max Muster</p><p class="meta">Inhaber · Gründer 1971</p></div></div></section>`;
    expect(pairs(body)).toEqual(["Max Muster (Inhaber · Gründer)"]);
  });

  it("reads a list whose roles say since when", () => {
    const card = (name: string, role: string) => `<li><h3>${name}</h3><p>${role}</p></li>`;
    expect(
      pairs(
        `<ul>${card("Erika Beispiel", "Geschäftsführerin seit 2003")}${card("Max Muster", "Prokurist seit 2011")}</ul>`,
      ),
    ).toEqual(["Erika Beispiel (Geschäftsführerin)", "Max Muster (Prokurist)"]);
  });
});

describe("founders named once in the company's own prose", () => {
  it.each([
    [
      "Die Brennwerk Daten GmbH wurde 2015 von Erika Beispiel und Max Muster gegründet.",
      ["Erika Beispiel", "Max Muster"],
    ],
    ["Gegründet von Erika Beispiel und Max Muster, heute 40 Leute in Kassel.", ["Erika Beispiel", "Max Muster"]],
    ["Brennwerk wurde von Dr. Erika Beispiel gegründet.", ["Dr. Erika Beispiel"]],
  ])("%s", (text, expected) => {
    expect(foundersInProse([text], true).map((person) => person.name)).toEqual(expected);
  });

  it.each([
    "Der Verein, der 1998 von Freien Werkstätten gegründet worden war, zog 2003 nach Linz.",
    "Das Netzwerk wurde von Freien Radios und Offenen Kanälen gegründet.",
    "Die Initiative wurde 2011 von Kleinen Betrieben und Regionalen Banken gegründet.",
    "Gegründet von Menschen aus Kassel.",
  ])("names nobody in %s", (text) => {
    expect(foundersInProse([text], true)).toEqual([]);
  });

  it("asks for a second mention of a name outside the company's own prose", () => {
    expect(
      foundersInProse(["Die Brennwerk Daten GmbH wurde 2015 von Erika Beispiel und Max Muster gegründet."]),
    ).toEqual([]);
  });

  it("adds them from an about page's prose", () => {
    const body = `<h1>Über uns</h1><p>Die Brennwerk Daten GmbH wurde 2015 von Erika Beispiel und Max Muster gegründet. Heute arbeiten 40 Menschen in Kassel für uns.</p>`;
    const people = researchPage(page(body), url).people;
    expect(people.map((person) => `${person.name} (${person.role})`)).toEqual([
      "Erika Beispiel (Co-founder)",
      "Max Muster (Co-founder)",
    ]);
  });
});
