import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { parseDateRange } from "../../../lib/capture/linkedin/parse";
import { extractLinkedInProfile } from "../../../lib/capture/linkedin/profile";

const now = Date.UTC(2026, 0, 15);

function capture(html: string, url: string) {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  const doc = new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
  return extractLinkedInProfile(doc, url, now)?.person;
}

describe("date ranges whose duration is its own element", () => {
  it("reads a duration glued to Present or to the end year", () => {
    expect(parseDateRange("Feb 2023 - Present10 months")).toEqual({ start: { year: 2023, month: 2 }, current: true });
    expect(parseDateRange("Mar 2020 - Jan 20232 years 11 months")).toEqual({
      start: { year: 2020, month: 3 },
      end: { year: 2023, month: 1 },
      current: false,
    });
  });

  it("still refuses text that only starts with a year", () => {
    expect(parseDateRange("2019 3rd place at the regional cup")).toBeUndefined();
    expect(parseDateRange("20231 visitors")).toBeUndefined();
  });
});

describe("public profile entries (2016 layout)", () => {
  const url = "https://ie.linkedin.com/in/niamh-doherty";
  const position = (meta: string, description: string) => `
    <li class="position"><header>
      <h4 class="item-title"><span>Field Technician</span></h4>
      <h5 class="item-subtitle"><a href="https://www.linkedin.com/company/tidewell?trk=ppro_cprof"><span>Tidewell</span></a></h5>
    </header>
    <div class="meta">${meta}</div>
    <p class="description">${description}</p></li>`;
  const page = (items: string) => `<html><body><main>
    <section id="topcard"><h1 id="name">Niamh Doherty</h1><p class="headline title">Field Technician at Tidewell</p>
      <dl id="demographics"><dt>Location</dt><dd class="descriptor adr"><span class="locality">Galway, Ireland</span></dd></dl></section>
    <section id="experience"><h3 class="title">Experience</h3><ul class="positions">${items}</ul></section>
  </main></body></html>`;

  it("reads the place glued to the duration", () => {
    const meta =
      '<span class="date-range"><time>March 2014</time> – <time>May 2016</time> (2 years 3 months)</span><span class="location">Galway</span>';
    const person = capture(page(position(meta, "Installed tide gauges along the coast.")), url);
    expect(person?.experience?.[0]).toMatchObject({ companyName: "Tidewell", location: "Galway" });
  });

  it("does not take a description's first bullet for the place", () => {
    const meta = '<span class="date-range"><time>March 2014</time> – <time>May 2016</time> (2 years 3 months)</span>';
    const person = capture(page(position(meta, "- Installed tide gauges along the coast<br><br>- Trained crews")), url);
    expect(person?.experience?.[0]?.companyName).toBe("Tidewell");
    expect(person?.experience?.[0]?.location).toBeUndefined();
  });
});

describe("logged-in profile sections (2019-2021 layout) in a UI language without known headings", () => {
  const url = "https://www.linkedin.com/in/claire-morel-8b1/";
  const role = (title: string, dates: string) => `
    <li class="pv-entity__position-group-role-item"><div class="pv-entity__summary-info-v2">
      <h3 class="t-14 t-black t-bold"><span class="visually-hidden">Titre</span><span>${title}</span></h3>
      <h4 class="pv-entity__date-range"><span class="visually-hidden">Dates</span><span>${dates}</span></h4>
    </div></li>`;
  const html = `<html><body><main>
    <section class="pv-top-card"><h1 class="text-heading-xlarge">Claire Morel</h1>
      <div class="text-body-medium">Responsable achats chez Verrerie Lune</div></section>
    <section id="experience-section" class="pv-profile-section">
      <header><h2 class="pv-profile-section__card-heading">Expérience professionnelle</h2></header>
      <ul><li><section class="pv-position-entity">
        <a href="/company/verrerie-lune/"><div class="pv-entity__company-summary-info">
          <h3><span class="visually-hidden">Entreprise</span><span>Verrerie Lune</span></h3>
          <h4><span class="visually-hidden">Durée totale</span><span>5 ans</span></h4>
        </div></a>
        <ul class="pv-entity__position-group">${role("Responsable achats", "2021 – 2024")}${role("Acheteuse", "2017 – 2020")}</ul>
      </section></li></ul>
    </section>
    <section id="education-section" class="pv-profile-section">
      <header><h2 class="pv-profile-section__card-heading">Formation</h2></header>
      <ul><li><a href="/school/ecole-des-vallees/"><h3 class="pv-entity__school-name">École des Vallées</h3></a>
        <p class="pv-entity__dates"><span>2012 – 2016</span></p></li></ul>
    </section>
  </main></body></html>`;

  it("finds experience and education by their section ids", () => {
    const person = capture(html, url);
    expect(person?.experience?.map((position) => position.companyName)).toContain("Verrerie Lune");
    expect(person?.education?.[0]?.school).toBe("École des Vallées");
  });
});

describe("the owner's own profile (edit links before every entry)", () => {
  const url = "https://www.linkedin.com/in/ravi-menon-dev/";
  const editLink = (path: string, label: string) =>
    `<div class="pv-entity__actions"><a href="/in/ravi-menon-dev/edit/${path}/"><span class="svg-icon-wrap"><span class="visually-hidden">${label}</span><li-icon aria-hidden="true"></li-icon></span></a></div>`;
  const html = `<html><body><main>
    <section class="pv-top-card-section"><h1 class="pv-top-card-section__name">Ravi Menon</h1>
      <h2 class="pv-top-card-section__headline">Platform Engineer</h2>
      <h3 class="pv-top-card-section__location">Pune, India</h3></section>
    <section id="experience-section"><header><h2>Experience</h2>
      <a href="/in/ravi-menon-dev/edit/position/new/"><span class="visually-hidden">Add new position</span></a></header>
      <ul><li>${editLink("position/101", "Edit position Platform Engineer")}
        <a href="/company/kettle-systems/"><div class="pv-entity__summary-info"><h3>Platform Engineer</h3>
          <h4><span class="visually-hidden">Company Name</span><span>Kettle Systems</span></h4>
          <h4><span class="visually-hidden">Dates Employed</span><span>Mar 2019 – Present</span></h4></div></a></li></ul>
    </section>
    <section id="education-section"><header><h2>Education</h2></header>
      <ul><li>${editLink("education/202", "Edit education Western Hills College")}
        <a href="/school/western-hills/"><h3 class="pv-entity__school-name">Western Hills College</h3>
          <p><span class="visually-hidden">Dates attended</span><span><time>2012</time> – <time>2016</time></span></p></a></li></ul>
    </section>
  </main></body></html>`;

  it("does not read the hidden edit-link labels as titles or schools", () => {
    const person = capture(html, url);
    expect(person?.experience?.[0]).toMatchObject({ title: "Platform Engineer", companyName: "Kettle Systems" });
    expect(person?.education?.[0]?.school).toBe("Western Hills College");
    expect(JSON.stringify(person)).not.toContain("Edit ");
  });
});
