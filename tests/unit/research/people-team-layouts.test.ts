import { describe, expect, it } from "vitest";
import { extractPeople } from "../../../lib/research/people";
import { parseHtml } from "./fixtures";

/** Team pages as page builders and hand-written sites lay them out, with made-up people. */

const url = "https://www.birkenweg-systeme.example/ueber-uns/team";
const doc = (body: string) =>
  parseHtml(`<!doctype html><html><head><title>Birkenweg Systeme</title></head><body>${body}</body></html>`, url);
const pairs = (body: string) => extractPeople(doc(body), url).map((person) => `${person.name} (${person.role ?? ""})`);

const people: [string, string][] = [
  ["Jana Beispiel", "Geschäftsführerin"],
  ["Tilo Amsel", "Leiter Vertrieb"],
  ["Ruth Kranich", "Projektleiterin"],
];
const expected = people.map(([name, role]) => `${name} (${role})`);

describe("page builders' team widgets", () => {
  it("reads the team member modules of one builder", () => {
    const card = ([name, role]: [string, string]) => `<div class="et_pb_module et_pb_team_member et_pb_bg_layout_light">
      <div class="et_pb_team_member_image et-waypoint"><img src="/p.jpg" alt="${name}"></div>
      <div class="et_pb_team_member_description"><h4 class="et_pb_module_header">${name}</h4>
      <p class="et_pb_member_position">${role}</p><div><p>Seit vielen Jahren an Bord.</p></div>
      <ul class="et_pb_member_social_links"><li><a href="#" class="et_pb_font_icon et_pb_linkedin_icon"><span>LinkedIn</span></a></li></ul></div></div>`;
    expect(
      pairs(
        `<div class="et_pb_row">${people.map((one) => `<div class="et_pb_column">${card(one)}</div>`).join("")}</div>`,
      ),
    ).toEqual(expected);
  });

  it("reads image boxes whose description is the role", () => {
    const card = ([name, role]: [string, string]) => `<div class="elementor-column"><div class="elementor-widget-wrap">
      <div class="elementor-element elementor-widget elementor-widget-image-box"><div class="elementor-widget-container">
      <div class="elementor-image-box-wrapper"><figure class="elementor-image-box-img"><img src="/p.jpg" alt=""></figure>
      <div class="elementor-image-box-content"><h3 class="elementor-image-box-title">${name}</h3>
      <p class="elementor-image-box-description">${role}</p></div></div></div></div></div></div>`;
    expect(
      pairs(
        `<section class="elementor-section"><div class="elementor-container">${people.map(card).join("")}</div></section>`,
      ),
    ).toEqual(expected);
  });

  it("reads a heading widget and a text widget stacked in one column", () => {
    const widget = (type: string, inner: string) =>
      `<div class="elementor-element elementor-widget elementor-widget-${type}"><div class="elementor-widget-container">${inner}</div></div>`;
    const card = ([name, role]: [string, string]) => `<div class="elementor-column"><div class="elementor-widget-wrap">
      ${widget("image", '<img src="/p.jpg" alt="">')}${widget("heading", `<h4 class="elementor-heading-title elementor-size-default">${name}</h4>`)}
      ${widget("text-editor", `<p>${role}</p>`)}${widget("divider", '<div class="elementor-divider"><span class="elementor-divider-separator"></span></div>')}</div></div>`;
    expect(
      pairs(
        `<section class="elementor-section"><div class="elementor-container">${people.map(card).join("")}</div></section>`,
      ),
    ).toEqual(expected);
  });

  it("reads text columns of another builder with the name and role in one box", () => {
    const card = ([name, role]: [
      string,
      string,
    ]) => `<div class="vc_col-sm-4 wpb_column vc_column_container"><div class="vc_column-inner"><div class="wpb_wrapper">
      <div class="wpb_single_image wpb_content_element"><figure class="wpb_wrapper vc_figure"><img src="/p.jpg" alt=""></figure></div>
      <div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper"><p><strong>${name}</strong><br>${role}</p></div></div></div></div></div>`;
    expect(pairs(`<div class="vc_row wpb_row vc_row-fluid">${people.map(card).join("")}</div>`)).toEqual(expected);
  });
});

describe("team lists without cards", () => {
  it("reads a table of names and roles", () => {
    const rows = people
      .map(([name, role]) => `<tr><td>${name}</td><td>${role}</td><td>+49 30 1234 567</td></tr>`)
      .join("");
    expect(
      pairs(
        `<h2>Ihre Ansprechpartner</h2><table><thead><tr><th>Name</th><th>Funktion</th><th>Telefon</th></tr></thead><tbody>${rows}</tbody></table>`,
      ),
    ).toEqual(expected);
  });

  it("reads a table whose rows give the role first", () => {
    const rows = people.map(([name, role]) => `<tr><th>${role}</th><td>${name}</td></tr>`).join("");
    expect(pairs(`<h2>Ansprechpartner</h2><table>${rows}</table>`)).toEqual(expected);
  });

  it("reads definition lists of names and roles and of roles and names", () => {
    const byName = people.map(([name, role]) => `<dt>${name}</dt><dd>${role}</dd>`).join("");
    expect(pairs(`<dl class="people">${byName}</dl>`)).toEqual(expected);
    const byRole = people.map(([name, role]) => `<dt>${role}</dt><dd>${name}</dd>`).join("");
    expect(pairs(`<dl class="people">${byRole}</dl>`)).toEqual(expected);
  });

  it("reads a grid whose names and roles are sibling elements without a card", () => {
    const cells = people
      .map(([name, role]) => `<img src="/p.jpg" alt=""><h3 class="name">${name}</h3><span class="job">${role}</span>`)
      .join("");
    expect(pairs(`<div class="grid grid-cols-3">${cells}</div>`)).toEqual(expected);
  });

  it("reads names that link to their profiles and the role below", () => {
    const card = ([name, role]: [string, string]) =>
      `<div class="person"><img src="/p.jpg" alt=""><a href="https://www.linkedin.com/in/${name.toLowerCase().replace(" ", "-")}/">${name}</a><span>${role}</span></div>`;
    expect(pairs(`<div class="people">${people.map(card).join("")}</div>`)).toEqual(expected);
  });

  it("reads names that link only to their profiles under the team heading", () => {
    const card = ([name]: [string, string]) =>
      `<li><img src="/p.jpg" alt=""><a href="https://www.linkedin.com/in/${name.toLowerCase().replace(" ", "-")}/">${name}</a></li>`;
    const names = extractPeople(doc(`<h2>Unser Team</h2><ul class="team">${people.map(card).join("")}</ul>`), url);
    expect(names.map((person) => person.name)).toEqual(people.map(([name]) => name));
  });
});

describe("a role told in the bio", () => {
  it("reads the role a bio below the name opens with", () => {
    const card = (name: string, bio: string) =>
      `<div class="bio"><h3>${name}</h3><p>${bio}</p><a href="#">More about ${name}</a></div>`;
    const list = `<h2>Meet the team</h2><p>We are a small studio.</p><section class="bios">
      ${card("Odile Marchetti", "Odile is our Office Manager. With twenty years in the trade she keeps every project on course.")}
      ${card("Brann Holloway", "Brann is our Lead Engineer with a long record in large systems.")}
      ${card("Ada Kress", "Ada ist unsere Projektleiterin und hält alle Fäden zusammen.")}</section>`;
    expect(pairs(list)).toEqual([
      "Odile Marchetti (Office Manager)",
      "Brann Holloway (Lead Engineer)",
      "Ada Kress (Projektleiterin)",
    ]);
  });

  it("reads no role from a bio about someone else", () => {
    const card = (name: string, bio: string) => `<div class="bio"><h3>${name}</h3><p>${bio}</p></div>`;
    const list = `<section class="bios">${card("Odile Marchetti", "Greta is our Office Manager and works with Odile.")}
      ${card("Brann Holloway", "Greta is our Lead Engineer and works with Brann.")}</section>`;
    expect(pairs(list)).toEqual([]);
  });
});

describe("cards that introduce the person without a role", () => {
  const card = (
    name: string,
    bio: string,
  ) => `<div class="item"><div class="image"><img src="/a.svg" alt="${name}"></div>
    <div class="paper"><div class="block"><div class="heading">${name}</div></div><div class="block"><div class="text">${bio}</div></div></div></div>`;
  const list = `<div class="band"><article><h2>Unsere Geschichte</h2><p>Seit 2006 bauen wir Portale.</p><h2>Unser Team</h2><p>Ein kleines Kernteam.</p></article></div>
    <div class="band"><div class="items">${card("Jana Beispiel", "Jana verantwortet die Redaktion.")}${card("Tilo Amsel", "Tilo kümmert sich um die Technik.")}</div></div>`;

  it("reads names whose cards show their portrait on a team page", () => {
    expect(pairs(list)).toEqual(["Jana Beispiel ()", "Tilo Amsel ()"]);
  });

  it("reads no such names on another page", () => {
    const home = "https://www.birkenweg-systeme.example/";
    expect(extractPeople(doc(list), home)).toEqual([]);
  });
});

describe("a fact list that names the board in one line", () => {
  const facts = (
    label: string,
  ) => `<section><h2>Über Birkenweg</h2><div class="grid"><div><p>Wir trocknen, was nass ist.</p></div>
    <dl class="facts"><div><dt>${label}</dt><dd>Jana Beispiel · Tilo Amsel · Ruth Kranich</dd></div>
    <div><dt>Sitz</dt><dd>Birkenweg 4, 38100 Musterstadt</dd></div></dl></div></section>`;

  it("reads each name with the list's role on the home page", () => {
    const home = "https://www.birkenweg-systeme.example/";
    const people = extractPeople(doc(facts("Geschäftsführung")), home).map(
      (person) => `${person.name} (${person.role})`,
    );
    expect(people).toEqual([
      "Jana Beispiel (Geschäftsführung)",
      "Tilo Amsel (Geschäftsführung)",
      "Ruth Kranich (Geschäftsführung)",
    ]);
  });

  it("reads no names under a label that is no role", () => {
    const home = "https://www.birkenweg-systeme.example/";
    expect(extractPeople(doc(facts("Ansprechbar")), home)).toEqual([]);
  });
});

describe("an office line on a team card", () => {
  it("reads no office named after its town as a person", () => {
    const card = ([name, role]: [string, string], line: string) =>
      `<div class="member"><img src="/p.jpg" alt=""><h3>${name}</h3><p class="job">${role}</p><p class="place">${line}</p></div>`;
    const list = `<div class="grid">${card(people[0] ?? ["", ""], "Standort Kiel")}${card(people[1] ?? ["", ""], "Niederlassung Husum")}${card(people[2] ?? ["", ""], "Standort Kiel")}</div>`;
    expect(pairs(list)).toEqual(expected);
  });
});
