import { describe, expect, it } from "vitest";
import { extractJobs } from "../../../lib/research/jobs";
import { parseHtml } from "./fixtures";

/** Careers pages built of cards: cards that lead nowhere, departments heading their boxes, facts apart, open applications. */

function jobs(body: string, url: string) {
  return extractJobs(parseHtml(`<!doctype html><html><body>${body}</body></html>`, url), url).map(
    ({ title, department, employmentType, url: address }) => ({ title, department, employmentType, url: address }),
  );
}

describe("careers page cards", () => {
  it("takes the twins of a card titled as an ad for ads, though they lead nowhere and carry no marker", () => {
    const card = (title: string, place: string) =>
      `<div role="listitem" class="w-dyn-item"><a href="#" class="job-card w-inline-block"><div class="info"><div class="info-text">${place}</div>
         <div class="info-text">Full Time</div></div><h3 class="job-title">${title}</h3><p>What you will do in this role, in a few lines of text.</p></a></div>`;
    const page = `<main><h2>Jobs @ Kranich</h2><div role="list">${card("Mediengestalter (m/w/d)", "Bremen")}${card("Data Engineer", "worldwide")}
      ${card("Field Service Technician", "Germany")}</div><h2>Submit your application</h2><form><input name="email"></form>
      <div class="links"><a href="#top" class="to-top w-inline-block"><h3>Back to top</h3></a><a href="/contact">Contact</a></div></main>`;
    expect(jobs(page, "https://www.kranich-labs.example/job")).toEqual([
      { title: "Mediengestalter (m/w/d)", department: undefined, employmentType: "Full Time", url: undefined },
      { title: "Data Engineer", department: undefined, employmentType: "Full Time", url: undefined },
      { title: "Field Service Technician", department: undefined, employmentType: "Full Time", url: undefined },
    ]);
  });

  it("reads the department heading each box of ads, also a box with a single ad", () => {
    const ad = (slug: string, title: string) =>
      `<div class="posting"><a href="/careers/${slug}"><h4>${title}</h4></a><p class="location">Kiel</p><p class="type">Full-time</p></div>`;
    const page = `<main><section><h2>Open Positions</h2><div class="categories">
      <div class="category"><h3>Engineering</h3>${ad("backend", "Backend Developer")}${ad("qa", "QA Engineer")}</div>
      <div class="category"><h3>Product</h3>${ad("pm", "Product Manager")}</div></div></section>
      <section><h2>Why us?</h2><ul><li>Flexible working hours</li><li>Remote-first culture</li></ul></section></main>`;
    expect(jobs(page, "https://www.ostwind-iot.example/careers")).toEqual([
      {
        title: "Backend Developer",
        department: "Engineering",
        employmentType: "Full-time",
        url: "https://www.ostwind-iot.example/careers/backend",
      },
      {
        title: "QA Engineer",
        department: "Engineering",
        employmentType: "Full-time",
        url: "https://www.ostwind-iot.example/careers/qa",
      },
      {
        title: "Product Manager",
        department: "Product",
        employmentType: "Full-time",
        url: "https://www.ostwind-iot.example/careers/pm",
      },
    ]);
  });

  it("reads the cards under the openings heading whose apply button leads to one contact page, and no other card", () => {
    const ad = (type: string, title: string) =>
      `<div class="card job-card"><div class="job-head"><span class="job-tag">${type}</span><h3>${title}</h3><div class="job-meta">Lübeck</div></div>
         <p>Was dich erwartet, in zwei Sätzen.</p><a href="kontakt.html" class="btn">Jetzt bewerben</a></div>`;
    const page = `<main><section><h1>Karriere</h1><a href="kontakt.html" class="btn">Initiativ bewerben</a></section>
      <section><div class="card"><h3>Marke mit Charakter</h3><p>Warum es sich lohnt.</p></div></section>
      <section id="jobs"><h2>Offene Positionen</h2><div class="jobs-list">${ad("Vollzeit", "Lagerlogistiker/in")}${ad("Werkstudent/in", "Support Talent am Telefon")}
      <div class="card"><h3>Deine Vorteile bei uns</h3><p>Obst, Rad, Urlaub.</p><a href="kontakt.html" class="btn">Jetzt bewerben</a></div></div></section></main>`;
    expect(jobs(page, "https://www.seeblick-handel.example/karriere.html")).toEqual([
      {
        title: "Lagerlogistiker/in",
        department: undefined,
        employmentType: "Vollzeit",
        url: "https://www.seeblick-handel.example/kontakt.html",
      },
      {
        title: "Support Talent am Telefon",
        department: undefined,
        employmentType: "Werkstudent/in",
        url: "https://www.seeblick-handel.example/kontakt.html",
      },
    ]);
  });

  it("takes no benefit card for an ad by its words when the page's ads are marked as such", () => {
    const benefit = (title: string) => `<div class="benefit-card"><h3>${title}</h3><p>Ein Satz dazu.</p></div>`;
    const ad = (type: string, title: string) =>
      `<div class="job-card"><div class="job-tag">${type}</div><h3>${title}</h3><p>Ein Satz zur Stelle.</p>
         <a href="#apply" class="job-apply-btn">Jetzt bewerben</a></div>`;
    const page = `<main><h1>Komm in unser Team!</h1><section><h2>Was wir dir bieten</h2><div class="benefits-grid">
      ${benefit("Praxisnahe Ausbildung")}${benefit("Familiäres Team")}</div></section>
      <section><h2>Offene Stellenangebote</h2><div class="jobs-grid">${ad("Vollzeit", "Dachdecker (m/w/d)")}
      ${ad("Ausbildung", "Auszubildender Dachdecker")}</div></section><section id="apply"><h2>Bewerben</h2><form></form></section></main>`;
    expect(jobs(page, "https://www.dachwerk-ost.example/karriere").map((job) => job.title)).toEqual([
      "Dachdecker (m/w/d)",
      "Auszubildender Dachdecker",
    ]);
  });

  it("drops open applications that a board lists like an ad, in any language", () => {
    const post = (id: number, title: string) =>
      `<li class="opening-job"><a href="https://jobs.smartrecruiters.com/Wellenreiter/${id}-x"><h4 class="job-title">${title}</h4></a>
         <ul class="job-list"><li class="job-desc">Rostock</li></ul></li>`;
    const page = `<section class="openings-section"><ul>${post(11, "Bootsbauer (m/w/d)")}${post(12, "Spontaneous application")}
      ${post(13, "Spontanbewerbung")}</ul></section>`;
    expect(jobs(page, "https://jobs.smartrecruiters.com/Wellenreiter").map((job) => job.title)).toEqual([
      "Bootsbauer (m/w/d)",
    ]);
  });
});
