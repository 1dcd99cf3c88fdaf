import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../lib/research/people";
import { parseHtml } from "./fixtures";

/** Team members' own mottos on their cards, and the cards' roles over the roles an intro or a quote gives. */

const doc = (body: string, url: string) =>
  parseHtml(`<!doctype html><html><head><title>Lindenhof Planung</title></head><body>${body}</body></html>`, url);
const pairs = (body: string, url = "https://www.lindenhof-planung.example/team") =>
  extractPeople(doc(body, url), url).map((person) => `${person.name} (${person.role ?? ""})`);

describe("a team member's motto on the card", () => {
  const card = (motto: string, name: string, role: string) =>
    `<div class="member"><img src="/p.jpg" alt=""><p class="motto">${motto}</p><h3>${name}</h3><p>${role}</p></div>`;

  it("reads the cards of a team page whose mottos are said in the first person", () => {
    const list = `<h1>Unsere Mannschaft</h1><div class="grid">
      ${card("„Ich liebe gute Prozesse, klare Pläne und pünktliche Baustellen.“", "Jana Beispiel", "Projektleitung")}
      ${card("„Mein Motto: Wer fragt, baut besser.“", "Tilo Amsel", "Bauleiter")}
      ${card("„Ich mag es, wenn am Ende alles passt.“", "Ruth Kranich", "Assistenz der Geschäftsführung")}</div>`;
    expect(pairs(list)).toEqual([
      "Jana Beispiel (Projektleitung)",
      "Tilo Amsel (Bauleiter)",
      "Ruth Kranich (Assistenz der Geschäftsführung)",
    ]);
  });

  it("reads a motto and the name with its role in one line", () => {
    const motto = (quote: string, line: string) =>
      `<div class="person"><img src="/p.jpg" alt=""><p>${quote}</p><p class="sig">${line}</p></div>`;
    const list = `<div class="people">${motto("„Ich liebe gute Prozesse und klare Absprachen.“", "Jana Beispiel, Projektleitung")}
      ${motto("„I like it when every plan fits on one page.“", "Tilo Amsel, Bauleiter")}</div>`;
    expect(pairs(list)).toEqual(["Jana Beispiel (Projektleitung)", "Tilo Amsel (Bauleiter)"]);
  });

  it("still takes no customer whose quote names their own company", () => {
    const list = `<div class="grid">
      ${card("„Ich liebe es, wie schnell unsere Pläne jetzt fertig sind.“", "Jana Beispiel", "Geschäftsführerin, Kestrel Bau GmbH")}
      ${card("„Mein Team spart jede Woche einen ganzen Tag.“", "Tilo Amsel", "Leiter Einkauf bei Amselhof")}</div>`;
    expect(pairs(list)).toEqual([]);
  });

  it("takes no one from a slider of marked quotes on the team page", () => {
    const slide = (quote: string, name: string, role: string) =>
      `<div class="swiper-slide"><p>${quote}</p><div class="author"><h4>${name}</h4><p>${role}</p></div></div>`;
    const slider = `<div class="swiper"><div class="swiper-wrapper">
      ${slide("„Ich würde jederzeit wieder mit diesem Büro planen.“", "Jana Beispiel", "Inhaberin")}
      ${slide("„Mein Haus stand pünktlich, und das Budget hielt.“", "Tilo Amsel", "Geschäftsführer")}</div></div>`;
    expect(pairs(slider)).toEqual([]);
  });

  it("takes no customer quoted on a page other than the team's", () => {
    const list = `<div class="grid">
      ${card("„Ich liebe gute Prozesse, klare Pläne und pünktliche Baustellen.“", "Jana Beispiel", "Inhaberin")}
      ${card("„Mein Motto: Wer fragt, baut besser, und das tun wir jetzt.“", "Tilo Amsel", "Geschäftsführer")}</div>`;
    expect(pairs(list, "https://www.lindenhof-planung.example/")).toEqual([]);
  });
});

describe("the card's role over an intro's", () => {
  it("keeps the fuller role of the card below a quote that names the person", () => {
    const quote = (text: string, line: string) =>
      `<div class="quote"><p>${text}</p><p class="author">${line}</p></div>`;
    const card = (name: string, role: string) =>
      `<div class="member"><img src="/p.jpg" alt=""><h3>${name}</h3><p class="role">${role}</p></div>`;
    const page = `<section class="intro">${quote("Wir planen, was wir selbst bauen würden.", "Jana Beispiel, CEO")}
      ${quote("Gute Pläne sparen Beton.", "Tilo Amsel, CTO")}</section>
      <section><h2>Team</h2><div class="grid">${card("Jana Beispiel", "CEO & Mitgründerin, Bauleitung")}
      ${card("Tilo Amsel", "CTO & Mitgründer")}${card("Ruth Kranich", "Projektleiterin")}</div></section>`;
    expect(pairs(page)).toEqual([
      "Tilo Amsel (CTO & Mitgründer)",
      "Jana Beispiel (CEO & Mitgründerin, Bauleitung)",
      "Ruth Kranich (Projektleiterin)",
    ]);
  });

  it("keeps the card's role over the one an intro sentence gives", () => {
    const card = (name: string, role: string) =>
      `<div class="member"><img src="/p.jpg" alt=""><h3>${name}</h3><p>${role}</p></div>`;
    const page = `<p class="lead"><strong>Jana Beispiel</strong><br>Geschäftsführerin</p><p class="lead"><strong>Tilo Amsel</strong><br>Technik</p>
      <div class="grid">${card("Jana Beispiel", "Geschäftsführerin & Gründerin")}${card("Tilo Amsel", "Technischer Leiter")}
      ${card("Ruth Kranich", "Projektleiterin")}</div>`;
    expect(pairs(page)).toEqual([
      "Jana Beispiel (Geschäftsführerin & Gründerin)",
      "Tilo Amsel (Technischer Leiter)",
      "Ruth Kranich (Projektleiterin)",
    ]);
  });
});
