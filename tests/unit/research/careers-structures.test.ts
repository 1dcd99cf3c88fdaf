import { describe, expect, it } from "vitest";
import { extractJobs } from "../../../lib/research/jobs";
import { parseHtml } from "./fixtures";

/** Careers page structures as company sites and their site builders render them. */

function titles(body: string, url = "https://www.example-firma.example/karriere"): string[] {
  return extractJobs(parseHtml(`<body>${body}</body>`, url), url).map((job) => job.title);
}

describe("extractJobs on ads without links", () => {
  it("reads accordion summaries and buttons that carry a gender marker, not the questions below them", () => {
    expect(
      titles(`<main><h1>Karriere</h1><h2>Offene Stellen</h2>
        <details><summary>Bauleiterin Tiefbau (m/w/d)</summary><p>Vollzeit in Rostock</p></details>
        <div class="accordion-item"><button aria-expanded="false">Vermessungstechniker (m/w/d)</button><div hidden><p>Ihre Aufgaben</p></div></div>
        <h2>FAQ</h2><details><summary>Kann ich mich als Werkstudent bewerben?</summary><p>Ja.</p></details>
        <div><button>Alle</button><button>Sales</button></div></main>`),
    ).toEqual(["Bauleiterin Tiefbau (m/w/d)", "Vermessungstechniker (m/w/d)"]);
  });

  it("takes the heading of an ad with an apply button as its title, not its sub-headings or the benefits", () => {
    expect(
      titles(`<main><h1>Karriere</h1><p>Wir suchen Verstärkung!</p>
        <div class="ad"><h3>Konditor</h3><p>Vollzeit</p><a href="mailto:jobs@backstube-lind.example">Jetzt bewerben</a></div>
        <div class="ad"><h3>Verkäufer (m/w/d)</h3><p>Teilzeit</p><a href="mailto:jobs@backstube-lind.example">Jetzt bewerben</a></div>
        <h2>Was wir bieten</h2><h3>Faire Bezahlung</h3><h3>Ausbildung mit Zukunft</h3></main>`),
    ).toEqual(["Konditor", "Verkäufer (m/w/d)"]);
    expect(
      titles(
        `<div class="page"><h1>Current openings</h1>
          <div class="listing"><div><h2>Warehouse Supervisor</h2></div><div><h4>Location:</h4><p>Rotterdam</p><h4>Salary:</h4><p>On request</p></div><a href="mailto:jobs@harbourline.example">Apply</a></div>
          <div class="listing"><div><h2>Customs Clerk</h2></div><div><h4>Location:</h4><p>Antwerp</p></div><a href="mailto:jobs@harbourline.example">Apply</a></div></div>`,
        "https://www.harbourline.example/careers",
      ),
    ).toEqual(["Warehouse Supervisor", "Customs Clerk"]);
  });

  it("reads a flat list of ads, each closed by its apply link", () => {
    expect(
      titles(`<main><h1>Karriere</h1><div class="content">
        <h3>Steuerfachangestellte</h3><p>Teilzeit</p><h4>Ihre Aufgaben</h4><ul><li>Buchhaltung</li></ul><h4>Profil</h4><ul><li>Ausbildung</li></ul>
        <p><a href="mailto:karriere@kanzlei-moor.example">Jetzt bewerben</a></p>
        <h3>Lohnbuchhalter</h3><p>Vollzeit</p><h4>Aufgaben</h4><ul><li>Lohnabrechnung</li></ul>
        <p><a href="mailto:karriere@kanzlei-moor.example">Jetzt bewerben</a></p></div></main>`),
    ).toEqual(["Steuerfachangestellte", "Lohnbuchhalter"]);
  });
});

describe("extractJobs on job links", () => {
  it("reads links titled as job ads wherever they lead, and board links embedded on the careers page", () => {
    expect(
      titles(`<main><h1>Karriere</h1><ul>
        <li><a href="/wp-content/uploads/2025/02/Stellenausschreibung-Netzmonteur.pdf">Netzmonteur Strom (m/w/d)</a></li>
        <li><a href="/wp-content/uploads/2025/01/Broschuere.pdf">Unsere Broschüre</a></li></ul></main>`),
    ).toEqual(["Netzmonteur Strom (m/w/d)"]);
    expect(
      titles(
        `<main><h1>Careers</h1><div><a href="https://www.parcelwing.example/careers?gh_jid=4012345">Senior Product Designer</a></div>
         <div><a href="/careers/?gh_jid=4012400">Finance Manager</a></div></main>`,
        "https://www.parcelwing.example/careers",
      ),
    ).toEqual(["Senior Product Designer", "Finance Manager"]);
  });

  it("drops links to the careers page's own sections, and keeps untitled jobs beside titled ones", () => {
    const url = "https://www.quantleaf.example/careers";
    expect(
      titles(
        `<main><h1>Careers</h1><div class="tiles"><a href="/careers/culture"><h3>Our culture</h3></a><a href="/careers/benefits"><h3>Benefits</h3></a>
         <a href="/careers/students"><h3>Students &amp; Graduates</h3></a></div>
         <ul><li><a href="/careers/jobs/staff-backend-engineer">Staff Backend Engineer</a></li>
         <li><a href="/careers/jobs/talent-partner">Talent Partner</a></li></ul></main>`,
        url,
      ),
    ).toEqual(["Staff Backend Engineer", "Talent Partner"]);
  });

  it("takes the block of a link that reads as a job title, not its team or place", () => {
    const url = "https://www.ledgerly.example/careers";
    expect(
      titles(
        `<main><h1>Careers</h1><div>
         <a href="/careers/backend-engineer"><p class="text-sm">Engineering</p><p class="font-semibold">Backend Engineer</p><p>Remote</p></a>
         <a href="/careers/office-coordinator"><p class="text-sm">Operations</p><p class="font-semibold">Office Coordinator</p><p>Lisbon</p></a>
         <a href="/careers/elektriker"><div>Elektriker Montage (m/w/d)</div><div>Offenburg</div><div>Vollzeit</div></a></div></main>`,
        url,
      ),
    ).toEqual(["Backend Engineer", "Office Coordinator", "Elektriker Montage (m/w/d)"]);
  });

  it("reads a posting once when its apply link repeats it, and no open application as a job", () => {
    const url = "https://www.orbitfield.example/careers";
    expect(
      titles(
        `<main><h1>Careers</h1>
         <div class="posting"><a href="https://jobs.lever.co/orbitfield/2b7c1a9e-41f4-4d3c-9a56-1f2e3d4c5b6a"><h5>Site Reliability Engineer</h5><span class="location">Berlin</span></a>
         <div><a href="https://jobs.lever.co/orbitfield/2b7c1a9e-41f4-4d3c-9a56-1f2e3d4c5b6a/apply">Apply</a></div></div>
         <a href="/careers/initiativbewerbung">Initiativbewerbung senden</a></main>`,
        url,
      ),
    ).toEqual(["Site Reliability Engineer"]);
    expect(
      titles(`<main><h1>Karriere</h1><p>Derzeit keine offenen Stellen.</p>
        <a href="/karriere/initiativbewerbung">Initiativbewerbung</a><a href="/karriere/ausbildung">Mehr zur Ausbildung</a></main>`),
    ).toEqual([]);
  });
});
