import { describe, expect, it } from "vitest";
import { extractJobs } from "../../../lib/research/jobs";
import { parseHtml } from "./fixtures";

/** Careers pages without a board reader: accordions, tables, broken lines, embedded board lists, no openings. */

function found(body: string, url: string): [string, string | undefined, string | undefined][] {
  return extractJobs(parseHtml(`<body>${body}</body>`, url), url).map((job) => [
    job.title,
    job.department,
    job.location,
  ]);
}

const titles = (body: string, url: string) => found(body, url).map(([title]) => title);

describe("extractJobs on careers pages without a board reader", () => {
  it("reads no job where the page says there are no openings", () => {
    expect(
      titles(
        `<main><h1>Karriere</h1><p>Werde Teil unseres Teams!</p><h2>Offene Stellen</h2><p>Aktuell keine offenen Stellen.</p>
         <p>Initiativbewerbungen sind jederzeit willkommen: <a href="mailto:jobs@lindenhaus.example">jobs@lindenhaus.example</a></p>
         <h3>Was wir bieten</h3><ul><li>Flexible Arbeitszeiten</li><li>Teamevents</li></ul></main>`,
        "https://www.lindenhaus.example/karriere",
      ),
    ).toEqual([]);
  });

  it("reads an accordion's toggles that read as jobs beside the one with an apply button, not its questions", () => {
    expect(
      titles(
        `<main><h1>Karriere</h1><h2>Offene Stellen</h2>
         <details><summary>Servicetechniker</summary><p>Ihre Aufgaben: Wartung</p></details>
         <details><summary>Projektleiter Elektrotechnik</summary><p>Ihre Aufgaben: Planung</p><a href="mailto:a@lindenhaus.example">Jetzt bewerben</a></details>
         <details><summary>Wie läuft die Bewerbung ab?</summary><p>In zwei Gesprächen.</p></details></main>
         <section><h2>Häufige Fragen</h2><details><summary>Gibt es Teilzeit?</summary><p>Ja.</p></details></section>`,
        "https://www.lindenhaus.example/karriere",
      ),
    ).toEqual(["Servicetechniker", "Projektleiter Elektrotechnik"]);
  });

  it("reads no accordion toggle by its words where no ad has a marker or an apply button", () => {
    expect(
      titles(
        `<main><h1>Karriere</h1><details><summary>Vertrieb</summary><p>Unser Vertrieb betreut 400 Kunden.</p></details>
         <details><summary>Technik</summary><p>Unsere Techniker warten Anlagen.</p></details></main>`,
        "https://www.lindenhaus.example/karriere",
      ),
    ).toEqual([]);
  });

  it("reads the rows of a table headed by a column of positions, with the place from its column", () => {
    expect(
      found(
        `<main><h1>Careers</h1><h2>Open positions</h2><table><tr><th>Position</th><th>Location</th><th>Team</th></tr>
         <tr><td>Backend Engineer</td><td>Utrecht</td><td>Platform</td></tr><tr><td>Office Manager</td><td>Ghent</td><td>Operations</td></tr></table>
         <table><tr><th>Benefit</th><th>Details</th></tr><tr><td>Bike leasing</td><td>From day one</td></tr></table></main>`,
        "https://www.lindenhaus.example/careers",
      ),
    ).toEqual([
      ["Backend Engineer", "Platform", "Utrecht"],
      ["Office Manager", "Operations", "Ghent"],
    ]);
  });

  it("titles a link whose text breaks into lines by its first line, and takes its place from the second", () => {
    expect(
      found(
        `<main><h1>Jobs</h1><div class="jobs">
         <a href="/jobs/backend-engineer">Backend Engineer<br>Utrecht · Full-time</a>
         <a href="/jobs/sales-manager"><span>Sales Manager</span><br><span>Hybrid · Ghent</span></a>
         <a href="/jobs/support-agent"><div>Support Agent</div><div>Customer Care</div></a></div></main>`,
        "https://www.lindenhaus.example/jobs",
      ),
    ).toEqual([
      ["Backend Engineer", undefined, "Utrecht"],
      ["Sales Manager", undefined, "Ghent"],
      ["Support Agent", undefined, undefined],
    ]);
  });

  it("reads the place and the department of a board's list embedded in the careers page", () => {
    const url = "https://www.lindenhaus.example/careers";
    const lever = `<main><h1>Careers</h1><div id="lever-jobs-container"><ul class="lever-department-list">
      <li class="lever-department"><h3 class="lever-department-title">Engineering</h3><ul class="lever-team-list">
      <li class="lever-job" data-location="Utrecht" data-work-type="Full-time"><a class="lever-job-title" href="https://jobs.lever.co/lindenhaus/0a1b2c3d-1111-4000-8000-000000000001">Platform Engineer</a><span class="lever-job-tag">Utrecht</span></li>
      <li class="lever-job" data-location="Remote"><a class="lever-job-title" href="https://jobs.lever.co/lindenhaus/0a1b2c3d-1111-4000-8000-000000000002">Data Analyst</a><span class="lever-job-tag">Remote</span></li></ul></li>
      <li class="lever-department"><h3 class="lever-department-title">Sales</h3><ul class="lever-team-list">
      <li class="lever-job" data-location="Ghent"><a class="lever-job-title" href="https://jobs.lever.co/lindenhaus/0a1b2c3d-1111-4000-8000-000000000003">Account Executive</a><span class="lever-job-tag">Ghent</span></li></ul></li></ul></div></main>`;
    expect(found(lever, url)).toEqual([
      ["Platform Engineer", "Engineering", "Utrecht"],
      ["Data Analyst", "Engineering", "Remote"],
      ["Account Executive", "Sales", "Ghent"],
    ]);
    const workable = `<main><h1>Careers</h1><div id="whr_embed_hook"><ul class="whr-items">
      <li class="whr-item"><h3 class="whr-title"><a href="https://apply.workable.com/j/AB12CD34EF">Customer Success Manager</a></h3><ul class="whr-info"><li class="whr-dept"><span>Department:</span> Customer Success</li><li class="whr-location"><span>Location:</span> Ghent, Belgium</li><li class="whr-date"><span>Date posted:</span> Mar 3, 2026</li></ul></li>
      <li class="whr-item"><h3 class="whr-title"><a href="https://apply.workable.com/j/9F8E7D6C5B">QA Engineer</a></h3><ul class="whr-info"><li class="whr-dept"><span>Department:</span> Engineering</li><li class="whr-location"><span>Location:</span> Remote</li></ul></li></ul></div></main>`;
    expect(found(workable, url)).toEqual([
      ["Customer Success Manager", "Customer Success", "Ghent, Belgium"],
      ["QA Engineer", "Engineering", "Remote"],
    ]);
  });

  it("titles the first card with an apply button by its own heading, not the page section's heading above it", () => {
    const card = (title: string, id: number) =>
      `<div class="position-box"><div class="position-title-box"><h4>${title}</h4><p>2 years</p><p>Pune</p></div>
       <button type="button"><a href="job_details.php?id=${id}">Apply Now</a></button></div>`;
    expect(
      titles(
        `<section class="why"><h2>Why work with us</h2><p>Flexible hours.</p></section>${card("Implementation Consultant", 3)}${card("Support Executive", 7)}`,
        "https://www.lindenhaus.example/careers",
      ),
    ).toEqual(["Implementation Consultant", "Support Executive"]);
  });

  it("reads the ads a framework's careers page names in its links' query, with their addresses", () => {
    const url = "https://www.lindenhaus.example/Careers.action?jobs=true";
    const doc = parseHtml(
      `<body><div><a href="/Careers.action?jobs=true&amp;selectedPosition=dataProgrammer">Data Programmer </a></div>
       <div><a href="/Careers.action?jobs=true&amp;selectedPosition=networkSpecialist">Network Specialist </a></div>
       <div><a href="/Home.action?privacyPolicies=true">Privacy Policies</a><a href="/Home.action?support=true">Support</a></div></body>`,
      url,
    );
    expect(extractJobs(doc, url).map((job) => [job.title, job.url])).toEqual([
      ["Data Programmer", "https://www.lindenhaus.example/Careers.action?jobs=true&selectedPosition=dataProgrammer"],
      [
        "Network Specialist",
        "https://www.lindenhaus.example/Careers.action?jobs=true&selectedPosition=networkSpecialist",
      ],
    ]);
  });

  it("reads links to ads named by their query and ads whose slug comes before the job folder", () => {
    expect(
      titles(
        `<main><h1>Careers</h1><div><a href="/Careers.aspx?selectedPosition=dataProgrammer">Data Programmer</a></div>
         <div><a href="/Careers.aspx?selectedPosition=networkSpecialist">Network Specialist</a></div>
         <div><a href="/Careers.aspx?privacy=true">Privacy</a></div></main>`,
        "https://www.lindenhaus.example/careers",
      ),
    ).toEqual(["Data Programmer", "Network Specialist"]);
    expect(
      titles(
        `<ul><li><h3><a href="/trailer-mechanic/job/LH-1001">Trailer Mechanic</a></h3></li>
         <li><h3><a href="/aide-caissier-temps-partiel/job/LH-1002">Aide caissier temps partiel</a></h3></li></ul>`,
        "https://careers.lindenhaus.example/jobs",
      ),
    ).toEqual(["Trailer Mechanic", "Aide caissier temps partiel"]);
  });

  it("reads no ad from a careers page's buttons to its own sections, nor from a benefit headed for apprentices", () => {
    expect(
      titles(
        `<main><header class="page-head"><h1>Arbeitgeber und Ausbildungsbetrieb</h1></header>
         <p class="page-actions"><a href="mailto:bewerbung@lindenhaus.example">Jetzt bewerben</a>
         <a href="/karriere/stellenangebote">Stellenangebote</a><a href="/karriere/ausbildung">Ausbildung 2027</a></p>
         <article><h2>Arbeitszeit</h2><p>Gleitzeit und 30 Tage Urlaub.</p></article>
         <article><h2>Für Azubis Anlagenmechaniker</h2><p>Fahrgeldzuschuss und Notengeld.</p></article></main>`,
        "https://www.lindenhaus.example/karriere",
      ),
    ).toEqual([]);
  });
});
