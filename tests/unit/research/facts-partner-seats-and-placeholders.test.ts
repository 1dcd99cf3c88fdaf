import { describe, expect, it } from "vitest";
import { extractCompany } from "../../../lib/research/company";
import { extractCustomers } from "../../../lib/research/customers";
import { officeLocations } from "../../../lib/research/facts-text";
import { parseHtml } from "./fixtures";

describe("places of others", () => {
  it("takes no partner's seat for an office", () => {
    expect(
      officeLocations([
        "Unsere Projekte führen wir auf Basis der Plattform unseres Partners Kranwerk AG mit dem Sitz in der Schweiz durch.",
      ]),
    ).toEqual([]);
    expect(officeLocations(["Die Nordlicht GmbH mit Sitz in Kiel berät Reedereien."])).toEqual(["Kiel"]);
  });

  it("takes no template placeholder from structured data for the headquarters", () => {
    const ld = {
      "@context": "https://schema.org",
      "@type": "LocalBusiness",
      name: "Kranwerk Lüftung",
      address: { "@type": "PostalAddress", addressLocality: "TODO: Stadt", addressCountry: "DE" },
    };
    const doc = parseHtml(
      `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>Kranwerk Lüftung</h1></body></html>`,
      "https://kranwerk.example/",
    );
    expect(extractCompany(doc, "https://kranwerk.example/").headquarters).toBeUndefined();
  });
});

describe("a wall of logo files under a bare customers heading", () => {
  const cards = (folder: string, files: string[]) =>
    files.map((file) => `<div class="col"><a href="#"><img src="/images/${folder}/${file}"></a></div>`).join("");
  const page = `<div class="page-body"><h2>Kunden</h2><p>Einige namhafte Kunden durften wir schon gewinnen.</p>
    <div class="row">${cards("customers", ["kranwerk.png", "nordlicht.svg", "hafenblick.svg"])}</div>
    <h2>Partner</h2><p>Unser Netzwerk.</p><div class="row">${cards("partners", ["logo-weststrom.svg", "logo-ostbahn.svg", "logo-sued.svg"])}</div></div>`;

  it("reads the customers' files and not the partners' wall after them", () => {
    const names = extractCustomers(parseHtml(`<html><body>${page}</body></html>`, "https://acmeo.example/"));
    expect(names).toEqual(["Kranwerk", "Nordlicht", "Hafenblick"]);
  });

  it("reads no customer groups under a bare heading", () => {
    const groups = `<h2>Kunden</h2><div class="grid"><div>Privatkunden</div><div>Geschäftskunden</div><div>Behörden</div></div>`;
    expect(extractCustomers(parseHtml(`<html><body>${groups}</body></html>`, "https://acmeo.example/"))).toEqual([]);
  });
});
