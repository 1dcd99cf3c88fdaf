import { describe, expect, it } from "vitest";
import { extractJobs } from "../../../lib/research/jobs";
import { parseHtml } from "./fixtures";

/** Careers pages of small German companies: ads as paragraphs, plain lists, PDF links, one ad per page, or none. */

function titles(body: string, url = "https://www.hobelwerk-lindner.example/karriere.html"): string[] {
  return extractJobs(parseHtml(`<body>${body}</body>`, url), url).map((job) => job.title);
}

const nav = `<nav><a href="/">Start</a><a href="/leistungen.html">Leistungen</a><a href="/karriere.html">Karriere</a></nav>`;

describe("extractJobs on small German careers pages", () => {
  it("reads ads written as paragraphs led by their bold title, applied for by e-mail", () => {
    expect(
      titles(
        `${nav}<main><h1>Karriere</h1><h2>Aktuelle Stellenangebote</h2>
         <p><strong>Tischlergeselle (m/w/d) in Vollzeit</strong><br>Wir suchen ab sofort Verstärkung für unsere Werkstatt.
         Bewerbungen bitte an <a href="mailto:jobs@hobelwerk-lindner.example">jobs@hobelwerk-lindner.example</a></p>
         <p><b>Bürokraft (m/w/d) in Teilzeit, 20 Std./Woche</b><br>Für Ablage und Telefon. Unterlagen an
         <a href="mailto:jobs@hobelwerk-lindner.example">jobs@hobelwerk-lindner.example</a></p>
         <p>Wir bieten <strong>faire Bezahlung (m/w/d)</strong> und ein gutes Team.</p>
         <p>Initiativbewerbungen sind jederzeit willkommen.</p></main>`,
      ),
    ).toEqual(["Tischlergeselle (m/w/d) in Vollzeit", "Bürokraft (m/w/d) in Teilzeit, 20 Std./Woche"]);
  });

  it("reads ads linked as documents without the label of the document around their titles", () => {
    expect(
      titles(
        `${nav}<main><h1>Karriere</h1><p>Unsere offenen Stellen als PDF:</p><ul>
         <li><a href="/files/stellenanzeige-vertrieb.pdf" target="_blank">Stellenanzeige Vertriebsmitarbeiter (m/w/d) [PDF]</a></li>
         <li><a href="/files/buchhaltung.pdf">Stellenanzeige: Buchhalter (m/w/d) (PDF, 120 KB)</a></li>
         <li><a href="/files/azubi.pdf">Ausbildung Holzmechaniker (m/w/d) – PDF</a></li>
         <li><a href="/files/lager.pdf">Stellenbeschreibung Lagerist (m/w/d) | PDF</a></li></ul></main>`,
      ),
    ).toEqual([
      "Vertriebsmitarbeiter (m/w/d)",
      "Buchhalter (m/w/d)",
      "Ausbildung Holzmechaniker (m/w/d)",
      "Lagerist (m/w/d)",
    ]);
  });

  it("reads the gender marker in its other spellings", () => {
    expect(
      titles(
        `<main><h1>Karriere</h1><h2>Offene Stellen</h2>
         <h3>Maurer (m/w/div)</h3><p>Vollzeit</p>
         <h3>Lagerhelfer (m-w-d)</h3><p>Teilzeit</p>
         <h3>Baggerfahrer m/w/d</h3><p>Vollzeit</p>
         <h3>Reinigungskraft (w/m/divers)</h3><p>Minijob</p></main>`,
      ),
    ).toEqual(["Maurer (m/w/div)", "Lagerhelfer (m-w-d)", "Baggerfahrer m/w/d", "Reinigungskraft (w/m/divers)"]);
  });

  it("reads a plain list of marked ads, not the lists of benefits or requirements beside it", () => {
    expect(
      titles(
        `${nav}<main><h1>Karriere</h1><p>Wir suchen ab sofort:</p>
         <ul><li>Elektroniker (m/w/d) für Energie- und Gebäudetechnik</li><li>Servicekraft (m/w/d) in Teilzeit</li></ul>
         <p>Ihre Bewerbung senden Sie an <a href="mailto:info@hobelwerk-lindner.example">info@hobelwerk-lindner.example</a>.</p>
         <h2>Das bringen Sie mit</h2><ul><li>Abgeschlossene Ausbildung als Tischler (m/w/d)</li><li>Führerschein Klasse B</li></ul>
         <h2>Was wir bieten</h2><ul><li>Unbefristeter Arbeitsvertrag</li><li>30 Tage Urlaub</li></ul></main>`,
      ),
    ).toEqual(["Elektroniker (m/w/d) für Energie- und Gebäudetechnik", "Servicekraft (m/w/d) in Teilzeit"]);
  });

  it("reads part-time and minijob ads headed without a marker", () => {
    expect(
      titles(
        `<main><h1>Jobs</h1><h2>Aktuelle Stellenangebote</h2>
         <h3>Verkäufer/in in Teilzeit</h3><p>20 Stunden pro Woche, Bewerbung an <a href="mailto:info@hobelwerk-lindner.example">uns</a></p>
         <h3>Aushilfe auf Minijob-Basis</h3><p>Samstags</p></main>`,
      ),
    ).toEqual(["Verkäufer/in in Teilzeit", "Aushilfe auf Minijob-Basis"]);
  });

  it("reads the one ad of a careers page from its h1, without the slogan after it", () => {
    expect(
      titles(
        `${nav}<main><p class="eyebrow">Karriere bei uns</p><h1>Minijob in der Werkstatt – werde Teil unseres Teams</h1>
         <h2>Das bieten wir dir</h2><ul><li>Feste Einsatztage</li><li>Arbeitskleidung wird gestellt</li></ul>
         <h2>Interesse?</h2><p>Schick uns eine kurze Bewerbung an <a href="mailto:info@hobelwerk-lindner.example">info@hobelwerk-lindner.example</a>.</p></main>`,
      ),
    ).toEqual(["Minijob in der Werkstatt"]);
  });

  it("reads no ad from a page that offers only an open application", () => {
    expect(
      titles(
        `${nav}<main><h1>Karriere</h1><h2>Aktuell keine offenen Stellen</h2><p>Derzeit haben wir keine Stellen ausgeschrieben.</p>
         <h3>Initiativbewerbung (m/w/d)</h3><p>Senden Sie uns Ihre Unterlagen an <a href="mailto:info@hobelwerk-lindner.example">info@hobelwerk-lindner.example</a></p>
         <a href="/files/initiativbewerbung.pdf">Initiativbewerbung (m/w/d) [PDF]</a></main>`,
      ),
    ).toEqual([]);
  });
});
