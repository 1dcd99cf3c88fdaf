import { describe, expect, it } from "vitest";
import { extractCompany } from "../../../lib/research/company";
import { extractImpressum } from "../../../lib/research/impressum";
import { extractJobs } from "../../../lib/research/jobs";
import { extractPeople } from "../../../lib/research/people";
import { extractSignals } from "../../../lib/research/signals";
import { parseHtml } from "./fixtures";

const url = "https://www.brightwave.example/about";
const page = (body: string, at = url) => parseHtml(`<!doctype html><html><body>${body}</body></html>`, at);

describe("extractPeople", () => {
  it("reads <strong>Name</strong><br>Role cards and links each LinkedIn profile to its own card", () => {
    const doc = page(`<section>
      <div class="p"><p><strong>Lena Hoffmann</strong><br>Geschäftsführerin</p><a href="https://de.linkedin.com/in/lena-h/">in</a></div>
      <div class="p"><p><strong>Paul Weber</strong><br>Head of Engineering</p></div>
      <div class="p"><p><strong>Mia Schulz</strong><br>Office Management</p></div></section>`);
    expect(extractPeople(doc)).toEqual([
      {
        name: "Lena Hoffmann",
        role: "Geschäftsführerin",
        source: "team-card",
        linkedinUrl: "https://www.linkedin.com/in/lena-h/",
      },
      { name: "Paul Weber", role: "Head of Engineering", source: "team-card", linkedinUrl: undefined },
      { name: "Mia Schulz", role: "Office Management", source: "team-card", linkedinUrl: undefined },
    ]);
  });

  it("climbs out of page-builder wrappers to find the role", () => {
    const widget = (name: string, role: string) =>
      `<div class="col"><div class="w-heading"><div class="w-container"><h3>${name}</h3></div></div>` +
      `<div class="w-text"><div class="w-container"><p>${role}</p></div></div></div>`;
    const doc = page(
      `<section>${widget("Lena Hoffmann", "Geschäftsführerin")}${widget("Paul Weber", "Vertrieb")}</section>`,
    );
    expect(extractPeople(doc).map((person) => person.role)).toEqual(["Geschäftsführerin", "Vertrieb"]);
  });

  it("reads Name<br>Role within one element, but not a name above contact details", () => {
    const doc = page(`<section>
      <figure><img src="a.jpg" alt=""><figcaption>Sven Ahrens<br>Vertriebsleiter</figcaption></figure>
      <figure><img src="b.jpg" alt=""><figcaption>Mira Çelik<br><br>Projektmanagerin<br>Hamburg</figcaption></figure>
      </section><section>
      <p class="contact">Anna Schmidt<br>a.schmidt@brightwave.example</p>
      <p class="contact">Jan Peters<br>Tel. +49 40 1234 5678</p></section>`);
    expect(extractPeople(doc).map((person) => [person.name, person.role])).toEqual([
      ["Sven Ahrens", "Vertriebsleiter"],
      ["Mira Çelik", "Projektmanagerin"],
    ]);
  });

  it("reads 'Name, Role' in one line", () => {
    const doc = page(`<ul><li>Lena Hoffmann, Founder &amp; CEO</li><li>Paul Weber – CTO</li></ul>`);
    expect(extractPeople(doc).map((person) => [person.name, person.role])).toEqual([
      ["Lena Hoffmann", "Founder & CEO"],
      ["Paul Weber", "CTO"],
    ]);
  });

  it("takes no single mention, menu entries or capitalised phrases", () => {
    const doc = page(`<p>Lena Hoffmann</p><p>Ein Satz.</p>
      <div><h3>Große Ideen</h3><p>Klare Worte</p></div><div><h3>Echte Daten</h3><p>Starke Partner</p></div>
      <div><span>Help Center</span><a href="/contact">Contact us</a></div><div><span>Dovetail Academy</span><a href="/x">Read more</a></div>`);
    expect(extractPeople(doc)).toEqual([]);
  });

  it("reads JSON-LD people but not article authors", () => {
    const doc = page(`<script type="application/ld+json">{"@graph":[
      {"@type":"Person","name":"Lena Hoffmann","jobTitle":"CEO"},
      {"@type":"BlogPosting","headline":"x","author":{"@type":"Person","name":"Guest Writer"}},
      {"@type":"Person","name":"Guest Writer"}]}</script>`);
    expect(extractPeople(doc)).toEqual([
      { name: "Lena Hoffmann", role: "CEO", source: "json-ld", linkedinUrl: undefined },
    ]);
  });
});

describe("extractJobs on a company careers page", () => {
  it("titles 'More information' links by their card heading and ignores navigation", () => {
    const careers = "https://www.brightwave.example/jobs";
    const doc = page(
      `<nav><a href="/jobs/benefits">Benefits</a></nav><main><h1>Open positions</h1>
       <div class="job"><h2>Platform Engineer</h2><p>Build things.</p><a href="/jobs/platform-engineer/">More information</a></div>
       <div class="job"><h2>Sales Intern</h2><a href="https://brightwave.jobs.personio.de/job/1234?language=en">Apply</a></div>
       <a href="/jobs/">All jobs</a></main>`,
      careers,
    );
    expect(extractJobs(doc, careers).map((job) => [job.title, job.seniority])).toEqual([
      ["Platform Engineer", undefined],
      ["Sales Intern", "intern"],
    ]);
  });

  it("reads departments from group headings and locations from the card", () => {
    const careers = "https://www.brightwave.example/karriere";
    const doc = page(
      `<main><h1>Offene Stellen</h1><h3>Engineering</h3><ul>
       <li><a href="/karriere/backend">Backend Engineer</a><span class="job-location">Leipzig</span></li>
       <li><a href="/karriere/qa">QA Engineer</a><span class="job-location">Remote</span></li></ul></main>`,
      careers,
    );
    expect(extractJobs(doc, careers).map((job) => [job.title, job.department, job.location])).toEqual([
      ["Backend Engineer", "Engineering", "Leipzig"],
      ["QA Engineer", "Engineering", "Remote"],
    ]);
  });

  it("reads job-titled headings when the ads have no links", () => {
    const careers = "https://www.brightwave.example/karriere";
    const doc = page(
      `<main><h1>Karriere</h1><h2>Warum wir?</h2><p>Weil es Spaß macht.</p>
       <h3>Entwickler (m/w/d) Java</h3><p>Bewerbung an jobs@brightwave.example</p>
       <h3>Vertriebsmitarbeiter im Außendienst</h3><h3>Unsere Benefits</h3></main>`,
      careers,
    );
    expect(extractJobs(doc, careers).map((job) => job.title)).toEqual([
      "Entwickler (m/w/d) Java",
      "Vertriebsmitarbeiter im Außendienst",
    ]);
  });

  it("reads nothing from job-looking links on pages that are not about jobs", () => {
    const doc = page(
      `<main><h1>Our blog</h1><a href="/careers/index.html">Careers</a><a href="/jobs/why">Why we hire</a></main>`,
    );
    expect(extractJobs(doc, "https://www.brightwave.example/blog")).toEqual([]);
  });
});

describe("extractCompany", () => {
  it("skips share buttons and keeps the company profiles", () => {
    const doc = page(`<main><a href="https://www.linkedin.com/shareArticle?url=x">Share</a>
      <a href="https://twitter.com/intent/tweet?text=x">Tweet</a><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a></main>
      <footer><a href="https://de.linkedin.com/company/brightwave-labs/jobs/">LinkedIn</a><a href="https://twitter.com/brightwavelabs">Twitter</a>
      <a href="https://www.xing.com/pages/brightwave">Xing</a></footer>`);
    expect(extractCompany(doc, url).social).toEqual({
      linkedin: "https://www.linkedin.com/company/brightwave-labs/",
      x: "https://x.com/brightwavelabs",
      xing: "https://www.xing.com/pages/brightwave",
    });
  });

  it("reads team sizes in German and English", () => {
    const doc =
      page(`<p>Ein Team aus über 30 Köpfen.</p><p>Rund 1.200 Mitarbeiter:innen weltweit.</p><p>A 40-strong team.</p>
      <p>Since 2019 we have served 500 customers.</p>`);
    expect(extractCompany(doc, url).employeeHints.map((hint) => hint.min)).toEqual([30, 1200, 40]);
  });
});

describe("extractSignals", () => {
  it("types sentences and keeps the quote and date", () => {
    const signals = extractSignals(
      [
        "Brightwave Labs partners with Kestrel Freight to bring usage analytics to logistics.",
        "Wir eröffnen ein neues Büro in Wien.",
        "Our valuation is now $150 million.",
        "Rich led the Series A of another company in 2010.",
      ],
      "https://www.brightwave.example/news",
      "2025-01-10",
    );
    expect(signals.map((signal) => signal.type)).toEqual(["partnership", "new-market"]);
    expect(signals[0]).toMatchObject({ date: "2025-01-10", sourceUrl: "https://www.brightwave.example/news" });
  });

  it.each([
    ["Ab sofort ist Flowdesk in Version 2.0 verfügbar.", "product-launch"],
    ["Maren Lüders wird neue Chief Revenue Officer.", "leadership-change"],
    ["Nordwerk kooperiert ab sofort mit der Deutschen Bahn.", "partnership"],
    ["Wir wachsen weiter und suchen 5 neue Kolleginnen und Kollegen im Vertrieb.", "hiring"],
  ])("reads German phrasing: %s", (sentence, type) => {
    expect(extractSignals([sentence], "https://www.nordwerk.example/news").map((signal) => signal.type)).toEqual([
      type,
    ]);
  });

  it("tells one round once, with the investors the next sentence names", () => {
    const signals = extractSignals(
      [
        "Bremen, 4. März 2026 – Die Nordwerk GmbH hat eine Finanzierungsrunde in Höhe von 12 Millionen Euro abgeschlossen.",
        "Angeführt wird die Runde von Weser Capital, beteiligt sind außerdem Deich Invest und HTGF.",
        "Das Kapital fließt in den Vertrieb.",
      ],
      "https://www.nordwerk.example/presse/finanzierung",
      "2026-03-04",
      "Nordwerk schließt Series-A-Finanzierungsrunde über 12 Mio. Euro ab",
    );
    expect(signals).toHaveLength(1);
    expect(signals[0]?.funding).toEqual({
      round: "Series A",
      amount: 12e6,
      currency: "EUR",
      date: "2026-03-04",
      investors: ["Weser Capital", "Deich Invest", "HTGF"],
    });
    expect(signals[0]?.quote).toContain("Angeführt wird die Runde von Weser Capital");
  });

  it("takes no investors from a sentence about another round", () => {
    const signals = extractSignals(
      ["Kestrel raised $20 million in new funding.", "Its $4 million seed round in 2021 was led by Harbor Peak."],
      "https://www.kestrel.example/news",
    );
    expect(signals.find((signal) => signal.funding?.amount === 20e6)?.funding?.investors).toBeUndefined();
  });
});

describe("extractImpressum", () => {
  it("reads the legal text beside a <main> that holds only a hero", () => {
    const doc = page(`<main><h1>Impressum</h1></main><div class="legal"><p>Elbweg Ventures UG (haftungsbeschränkt)</p>
      <p>Vorstand: Eva Maier (Vorsitzende), Tom Berg</p><p>Registergericht: Amtsgericht Kiel</p><p>Registernummer: HRB 9876 KI</p></div>`);
    expect(extractImpressum(doc)).toMatchObject({
      legalName: "Elbweg Ventures UG (haftungsbeschränkt)",
      legalForm: "UG (haftungsbeschränkt)",
      managingDirectors: ["Eva Maier", "Tom Berg"],
      registerCourt: "Amtsgericht Kiel",
      registerNumber: "HRB 9876",
    });
  });

  it("follows a director list over lines of names and stops at the next section", () => {
    const doc = page(`<main><h1>Impressum</h1><p>Kranich Mobility GmbH</p>
      <h4>Geschäftsführung:</h4><p>Nora Albers (Vorsitzende)<br>Till Behrens<br>Dr. Ida Cornelsen</p>
      <h4>Vorsitz im Aufsichtsrat:</h4><p>Ralf Dorn</p><p>Amtsgericht Kiel, HRB 2468</p></main>`);
    expect(extractImpressum(doc)?.managingDirectors).toEqual(["Nora Albers", "Till Behrens", "Dr. Ida Cornelsen"]);
  });

  it("reads the names after a label line in an English imprint", () => {
    const doc = page(`<main><h1>Imprint</h1><p>Kranich Systems GmbH<br>Represented by<br>
      Managing Directors: Ada Falk, Ben Grote<br>Register Court: Hamburg<br>Register Number: HRB 13579</p></main>`);
    expect(extractImpressum(doc)).toMatchObject({
      managingDirectors: ["Ada Falk", "Ben Grote"],
      registerCourt: "Hamburg",
      registerNumber: "HRB 13579",
    });
  });

  it("takes a sole trader's name without salutation and no agency as the legal entity", () => {
    const doc = page(`<main><h1>Impressum</h1><p>Malermeister Kranz<br>Halmweg 2<br>60437 Frankfurt am Main</p>
      <p>Inhaber: Herr Emil Kranz</p><p>Konzeption, Grafik und Text: Agentur Kranich GmbH</p></main>`);
    const impressum = extractImpressum(doc);
    expect(impressum?.managingDirectors).toEqual(["Emil Kranz"]);
    expect(impressum?.legalName).toBeUndefined();
  });

  it("reads partners who manage, an English management board and an address written in words", () => {
    const german = page(`<main><h1>Impressum</h1><p>Kranich Consult GmbH</p>
      <p>Geschäftsführender Gesellschafter: Lutz Hagedorn</p><p>Kontakt: info at kranich-consult dot de</p></main>`);
    expect(extractImpressum(german)).toMatchObject({
      managingDirectors: ["Lutz Hagedorn"],
      email: "info@kranich-consult.de",
    });
    const english = page(`<main><h1>Imprint</h1><p>Kranich Devices GmbH<br>Registration Number: HRB 1357<br>
      Management Board:<br>Vera Imhoff<br>Karl Imhoff</p></main>`);
    expect(extractImpressum(english)?.managingDirectors).toEqual(["Vera Imhoff", "Karl Imhoff"]);
  });

  it("takes no names after a sentence that merely ends in a label word", () => {
    const doc = page(`<main><h1>Impressum</h1><p>Kranich Labs GmbH, HRB 2244</p>
      <p>Wir beraten Unternehmen seit vielen Jahren rund um Qualitätssicherung und modernes Management</p>
      <p>Ada Lindqvist</p><p>Look at the dot matrix printer in our museum.</p></main>`);
    const impressum = extractImpressum(doc);
    expect(impressum?.managingDirectors).toEqual([]);
    expect(impressum?.email).toBeUndefined();
  });

  it("invents nothing for a page without legal details", () => {
    expect(extractImpressum(page("<main><h1>Impressum</h1><p>Seite im Aufbau.</p></main>"))).toBeUndefined();
  });
});

describe("company facts in prose", () => {
  it("reads headquarters and offices with a verb before the place", () => {
    const doc = page(
      `<main><p>Unser Hauptsitz ist in Bremen, weitere Standorte haben wir in Hamburg und Hannover.</p></main>`,
      "https://www.nordwerk.example/ueber-uns",
    );
    const company = extractCompany(doc, "https://www.nordwerk.example/ueber-uns");
    expect(company.headquarters).toBe("Bremen");
    expect(company.locations).toEqual(["Bremen", "Hamburg", "Hannover"]);
    const english = page(`<main><p>Our headquarters are in Lisbon and our offices are in Porto and Madrid.</p></main>`);
    expect(extractCompany(english, url)).toMatchObject({
      headquarters: "Lisbon",
      locations: ["Lisbon", "Porto", "Madrid"],
    });
  });

  it("takes the subject of the next clause for no place", () => {
    const doc = page(`<main><p>Headquartered in Berlin, Kestrel is a team of 45 people.</p></main>`);
    expect(extractCompany(doc, url)).toMatchObject({ headquarters: "Berlin", locations: ["Berlin"] });
  });
});

describe("legal name", () => {
  it("is the company's name when that name is wholly a legal entity, and nothing else", () => {
    const legalNameOf = (title: string, at: string) =>
      extractCompany(parseHtml(`<html><head><title>${title}</title></head><body></body></html>`, at), at).legalName;
    expect(legalNameOf("Startseite - Kranich Robotik GmbH", "https://www.kranich-robotik.example/")).toBe(
      "Kranich Robotik GmbH",
    );
    // "website" is the title's word, not the name's.
    expect(legalNameOf("7Kraniche Ltd website", "https://www.7kraniche.example/")).toBe("7Kraniche Ltd");
    expect(legalNameOf("Startseite - Kranich Robotik", "https://www.kranich-robotik.example/")).toBeUndefined();
  });
});

describe("extractJobs on boards without a reader of their own", () => {
  it.each([
    [
      "https://kranich.teamtailor.com/jobs",
      `<main><ul><li><a href="/jobs/4711-field-service-technician"><span>Field Service Technician</span></a><span class="location">Augsburg</span></li>
       <li><a href="/jobs/4712-sales-engineer"><span>Sales Engineer</span></a><span class="location">Remote</span></li></ul></main>`,
    ],
    [
      "https://careers.smartrecruiters.com/KranichRobotik",
      `<main><section><h3>Engineering</h3><ul><li><a href="https://jobs.smartrecruiters.com/KranichRobotik/743999123456-field-service-technician"><h4>Field Service Technician</h4></a></li>
       <li><a href="https://jobs.smartrecruiters.com/KranichRobotik/743999123457-sales-engineer"><h4>Sales Engineer</h4></a></li></ul></section></main>`,
    ],
    [
      "https://kranich.softgarden.io/de/vacancies",
      `<main><div class="matchElement"><a href="https://kranich.softgarden.io/job/31337/Field-Service-Technician">Field Service Technician</a></div>
       <div class="matchElement"><a href="https://kranich.softgarden.io/job/31338/Sales-Engineer">Sales Engineer</a></div></main>`,
    ],
  ])("%s", (board, body) => {
    expect(extractJobs(page(body, board), board).map((job) => job.title)).toEqual([
      "Field Service Technician",
      "Sales Engineer",
    ]);
  });
});
