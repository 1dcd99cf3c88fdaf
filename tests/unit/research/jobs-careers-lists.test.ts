import { describe, expect, it } from "vitest";
import { extractJobs } from "../../../lib/research/jobs";
import { parseHtml } from "./fixtures";

/** Careers pages whose ads are posts, document links, rows or links to a board the product does not know. */

function titles(body: string, url: string): string[] {
  return extractJobs(parseHtml(`<body>${body}</body>`, url), url).map((job) => job.title);
}

describe("extractJobs on careers pages built as lists", () => {
  it("reads ads listed as posts, titled in each article's own header", () => {
    expect(
      titles(
        `<header class="site"><nav><a href="/work/">Work</a><a href="/careers/">Careers</a></nav></header>
         <main><section><header><h1>Open Positions</h1></header>
         <article><header><h2><a href="/careers/2024/03/02/motion-designer/">Motion Designer</a></h2></header></article>
         <article><header><h2><a href="/careers/2024/03/02/cto/">CTO</a></h2></header></article></section>
         <footer><a href="/careers/">Careers</a><a href="/blog/">Blog</a></footer></main>`,
        "https://www.brightfold.example/careers/",
      ),
    ).toEqual(["Motion Designer", "CTO"]);
  });

  it("reads document links titled with a German gender suffix, not the tabs above them", () => {
    expect(
      titles(
        `<section><h3>Offene Stellen</h3><ul class="nav-tabs"><li><a href="#tab0">Nordhafen</a></li><li><a href="#tab1">Südring</a></li></ul>
         <div class="tab-pane"><p>- <a href="assets/files/Zerspanungsmechaniker-Nordhafen.pdf">Zerspanungsmechaniker/-in</a><br>
         - <a href="assets/files/Lagerlogistik-Nordhafen.pdf">Fachkraft für Lagerlogistik/-in</a></p></div>
         <div class="tab-pane"><p>- <a href="assets/files/Verfahrenstechnologe-Suedring.pdf">Verfahrenstechnologe:in</a></p></div></section>
         <section><h3>Folgen Sie uns</h3><a href="https://www.instagram.com/papierwerk-lind">Instagram</a></section>`,
        "https://www.papierwerk-lind.example/karriere.html",
      ),
    ).toEqual(["Zerspanungsmechaniker/-in", "Fachkraft für Lagerlogistik/-in", "Verfahrenstechnologe:in"]);
  });

  it("reads the links under an open positions heading that lead to another applicant system", () => {
    expect(
      titles(
        `<section><h2>Jobs</h2><p>See below for current opportunities.</p>
         <ul><li><a href="/jobs/diversity/">Diversity</a></li><li><a href="/about/team">Team</a></li></ul></section>
         <section><h4>Open Positions</h4><p>Follow the links below to apply.</p>
         <ul><li><a href="https://civicloop.hireflow.example/apply/8Kd2x/Bookkeeper.html">Bookkeeper</a></li>
         <li><a href="https://civicloop.hireflow.example/apply/Q7s1p/Grants-Writer.html">Grants Writer</a></li>
         <li><a href="https://civicloop.hireflow.example/apply/Z2m9c/People-Partner.html">People Partner</a></li></ul></section>`,
        "https://www.civicloop.example/jobs/",
      ),
    ).toEqual(["Bookkeeper", "Grants Writer", "People Partner"]);
  });

  it("takes the main content's own header for the heading over its list of ads", () => {
    expect(
      titles(
        `<header class="site"><a href="/">Ferrowave</a><nav><a href="/careers">Careers</a></nav></header>
         <main><header class="page-header"><h1>Open positions</h1><p>All roles are remote.</p></header>
         <ul><li><a href="https://apply.hirecraft.example/p/3f2a9c-data-engineer">Data Engineer</a></li>
         <li><a href="https://apply.hirecraft.example/p/77b1e0-support-specialist">Support Specialist</a></li></ul></main>`,
        "https://www.ferrowave.example/careers",
      ),
    ).toEqual(["Data Engineer", "Support Specialist"]);
  });

  it("reads nothing from the footer or the service links below a note that there are no openings", () => {
    expect(
      titles(
        `<main><h1>Vi vokser</h1><div class="col"><h2>Ledige stillinger</h2><p>Se våre ledige stillinger via linken under.</p>
         <p><a href="https://jobs.fjordlane.example/companies/fjordlane/postings"><button>Ledige stillinger</button></a></p></div></main>
         <section id="footer"><div><h4>Tjenester</h4><ul><li><a href="/fjordlane-insights/">Fjordlane Insights</a></li>
         <li><a href="/karriere">Karriere</a></li></ul></div></section>`,
        "https://www.fjordlane.example/karriere/",
      ),
    ).toEqual([]);
  });

  it("reads a table row whose cells all link to one ad as one job, titled by its role", () => {
    expect(
      titles(
        `<main><h1>Join us</h1><table><thead><tr><th>City</th><th>Role</th><th>Experience</th></tr></thead><tbody>
         <tr><td><a href="/jobs/backend.html">Porto</a></td><td><a href="/jobs/backend.html">Backend Engineer</a></td><td><a href="/jobs/backend.html">3+ years</a></td></tr>
         <tr><td><a href="/jobs/pm.html">Porto</a></td><td><a href="/jobs/pm.html">Product Owner</a></td><td><a href="/jobs/pm.html">5+ years</a></td></tr>
         </tbody></table></main>`,
        "https://www.tidalbyte.example/jobs/",
      ),
    ).toEqual(["Backend Engineer", "Product Owner"]);
  });

  it("keeps the ads whose apply buttons share one application form", () => {
    expect(
      titles(
        `<main><h1>Karriere</h1><div class="card"><h3>Tischler (m/w/d)</h3><a href="/karriere/bewerbung">Jetzt bewerben</a></div>
         <div class="card"><h3>Lackierer (m/w/d)</h3><a href="/karriere/bewerbung">Jetzt bewerben</a></div></main>`,
        "https://www.holzwerk-brandt.example/karriere",
      ),
    ).toEqual(["Tischler (m/w/d)", "Lackierer (m/w/d)"]);
  });

  it("reads ads listed as terms, whole from their tooltip, and not the group headings above them", () => {
    expect(
      titles(
        `<div class="content"><h1>Arbeiten bei uns</h1><h3>Vertrieb</h3><dl>
         <dt><span title="Außendienstmitarbeiter (m/w/d) Region Nord mit Schwerpunkt Neukunden">Außendienstmitarbeiter (m/w/d) Regi...</span></dt>
         <dd><a href="/files/ad-nord.pdf">» Anforderungsprofil</a></dd></dl>
         <h3>Finanzen</h3><dl><dt><span title="Buchhalter (m/w/d)">Buchhalter (m/w/d)</span></dt><dd><a href="/files/ad-fibu.pdf">» Anforderungsprofil</a></dd></dl>
         <dl><dt><strong>Telefon:</strong></dt><dd>+49 40 1234567</dd></dl></div>`,
        "https://www.hanseportal.example/karriere",
      ),
    ).toEqual(["Außendienstmitarbeiter (m/w/d) Region Nord mit Schwerpunkt Neukunden", "Buchhalter (m/w/d)"]);
  });
});

describe("extractJobs on a site builder's collection of ads", () => {
  it("reads links to the collection's items as jobs", () => {
    expect(
      titles(
        `<main><h1>Careers</h1><div class="w-dyn-list"><div role="list" class="w-dyn-items">
         <div role="listitem" class="w-dyn-item"><a href="/job-posts/growth-marketer" class="w-inline-block"><h3>Growth Marketer</h3><div>Remote</div></a></div>
         <div role="listitem" class="w-dyn-item"><a href="/job-posts/customer-success-lead" class="w-inline-block"><h3>Customer Success Lead</h3><div>Lisbon</div></a></div>
         </div></div></main>`,
        "https://www.pebblestack.example/careers",
      ),
    ).toEqual(["Growth Marketer", "Customer Success Lead"]);
  });
});

describe("extractJobs on one ad's own page", () => {
  it("reads JobPosting microdata", () => {
    const url = "https://jobs.smartrecruiters.com/Nordlicht/7439990001-field-service-technician";
    const jobs = extractJobs(
      parseHtml(
        `<body><main itemscope itemtype="http://schema.org/JobPosting"><h1 class="job-title" itemprop="title">Field Service Technician</h1>
         <div itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><span itemprop="addressLocality">Bremen</span></span></div>
         <meta itemprop="datePosted" content="2026-05-04"><li itemprop="employmentType">Full-time</li></main></body>`,
        url,
      ),
      url,
    );
    expect(jobs).toMatchObject([
      {
        title: "Field Service Technician",
        location: "Bremen",
        employmentType: "Full-time",
        datePosted: "2026-05-04",
        source: "microdata",
      },
    ]);
  });

  it("titles a hosted board's ad page by its h1, and a company's own ad page when the h1 reads as a job", () => {
    expect(
      titles(
        `<header><nav><a href="/jobs">All jobs</a></nav></header><main><h1>Talent Partner</h1><p>Stockholm · Hybrid</p>
         <a href="/jobs/4410001-talent-partner/applications/new">Apply for this job</a></main>`,
        "https://lindqvist.teamtailor.com/jobs/4410001-talent-partner",
      ),
    ).toEqual(["Talent Partner"]);
    expect(
      titles(
        `<main><h1>Anlagenmechaniker SHK (m/w/d)</h1><p>Vollzeit in Celle</p><a href="/karriere.html">Alle Stellenangebote</a></main>`,
        "https://www.waermewerk.example/karriere/anlagenmechaniker-shk.html",
      ),
    ).toEqual(["Anlagenmechaniker SHK (m/w/d)"]);
    expect(
      titles(
        `<main><h1>Benefits</h1><p>Jobrad, Kantine, Weiterbildung.</p></main>`,
        "https://www.waermewerk.example/karriere/benefits.html",
      ),
    ).toEqual([]);
  });
});
