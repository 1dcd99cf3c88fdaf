import { describe, expect, it } from "vitest";
import { extractJobs } from "../../../lib/research/jobs";
import { discoverKeyPages } from "../../../lib/research/links";
import { pageKind } from "../../../lib/research/research-page";
import { parseHtml } from "./fixtures";

/** Career sites of HR suites read by their fixed markup: HRworks cards and rexx tables. */

function jobs(body: string, url: string) {
  return extractJobs(parseHtml(`<!doctype html><html><body>${body}</body></html>`, url), url).map(
    ({ title, department, location, employmentType, url: address }) => ({
      title,
      department,
      location,
      employmentType,
      url: address,
    }),
  );
}

describe("hrworks career site", () => {
  const card = (id: string, title: string, facts: string, places: string[]) =>
    `<div class="col-xs-12"><span><div class="portlet light bordered"><div class="portlet-title"><div class="caption"><span class="caption-subject">
       <a href="/de?id=${id}" class="job-offer-content" title="${title}"><span></span><h2>${title}</h2></a></span></div></div>
       <div class="portlet-body"><div class="row"><div class="col-md-7"><a href="/de?id=${id}" class="job-offer-content" title="${title}"><div>Kurzer Text zur Stelle …</div></a>
       <div style="color:#EE7601;" class="margin-top-10">${facts}</div></div>
       <div class="col-md-5"><div class="col-md-10">${places
         .map(
           (place) =>
             `<a href="https://maps.example/?q=${place}" rel="nofollow"><i class="icon icomoon-location"></i><span> ${place}</span></a><br>`,
         )
         .join(
           "",
         )}<a href="" style="pointer-events:none;"><i class="icon icomoon-home"></i><span> Hybrides Arbeiten</span></a></div>
       <a href="/de?id=${id}" class="btn btn-primary" title="${title}"><span> Mehr</span></a></div></div></div></div></span></div>`;
  const page = `<div class="page-content"><form><select><option>Alle</option><option>Vollzeit</option></select></form>
    ${card("a1", "Lagerlogistiker (m/w/d)", "Logistik - mit Berufserfahrung - Festanstellung - Vollzeit", ["Kassel, Am Hafen 3, Deutschland", "Fulda, Ringstr. 9, Deutschland"])}
    ${card("b2", "Initiativbewerbung", "Sonstiges - Berufseinsteiger - Festanstellung - Vollzeit und Teilzeit", ["Kassel, Am Hafen 3, Deutschland"])}
    ${card("c3", "Werkstudent Einkauf", "Einkauf - Studium/Praktikum/Ausbildung - Werkstudent - Teilzeit", [])}</div>`;

  it("reads each card's title, department, places and contract on a careers host, and drops the open application", () => {
    expect(jobs(page, "https://jobs.nordlicht-handel.example/de")).toEqual([
      {
        title: "Lagerlogistiker (m/w/d)",
        department: "Logistik",
        location: "Kassel, Fulda",
        employmentType: "Festanstellung, Vollzeit",
        url: "https://jobs.nordlicht-handel.example/de?id=a1",
      },
      {
        title: "Werkstudent Einkauf",
        department: "Einkauf",
        location: undefined,
        employmentType: "Werkstudent, Teilzeit",
        url: "https://jobs.nordlicht-handel.example/de?id=c3",
      },
    ]);
  });
});

describe("rexx job table", () => {
  const row = (index: number, slug: string, title: string, cells: string[]) =>
    `<tr class="alternative_${index % 2}"><td class="real_table_col1"><a href="https://jobs.moorbrand.example/${slug}-de-j${100 + index}.html">${title}</a></td>
      ${cells.map((cell, at) => `<td class="real_table_col${at + 2}">${cell}</td>`).join("")}</tr>`;

  it("names each column by its header", () => {
    const table = `<h1>Stellenangebote</h1><table id="joboffers" class="real_table"><thead><tr><th class="real_table_col1">Stellenbezeichnung</th>
      <th class="real_table_col2">Unternehmensbereich</th><th class="real_table_col3">Standort</th><th class="real_table_col4">Anstellungsart</th></tr></thead>
      <tbody>${row(0, "Schlosser", "Schlosser (m/w/d)", ["Produktion", "Emden", "Vollzeit"])}
      ${row(1, "Controller", "Controller (m/w/d)", ["Finanzen", "Leer", "Teilzeit"])}</tbody></table>`;
    expect(jobs(table, "https://jobs.moorbrand.example/job-offers.html")).toEqual([
      {
        title: "Schlosser (m/w/d)",
        department: "Produktion",
        location: "Emden",
        employmentType: "Vollzeit",
        url: "https://jobs.moorbrand.example/Schlosser-de-j100.html",
      },
      {
        title: "Controller (m/w/d)",
        department: "Finanzen",
        location: "Leer",
        employmentType: "Teilzeit",
        url: "https://jobs.moorbrand.example/Controller-de-j101.html",
      },
    ]);
  });

  it("takes the second column for the place in a table without a header", () => {
    const table = `<table id="joboffers" class="real_table"><tbody>${row(0, "Fahrer", "Berufskraftfahrer", ["Aurich"])}</tbody></table>`;
    expect(jobs(table, "https://moorbrand.rexx-systems.com/job-offers.html")).toEqual([
      {
        title: "Berufskraftfahrer",
        department: undefined,
        location: "Aurich",
        employmentType: undefined,
        url: "https://jobs.moorbrand.example/Fahrer-de-j100.html",
      },
    ]);
  });
});

describe("a rexx career site on the vendor's host", () => {
  it("is followed from the careers page as a job board; the vendor's own site is not", () => {
    const careers = parseHtml(
      `<body><main><h1>Karriere</h1><p>Unsere offenen Stellen:</p>
       <a href="https://moorbrand-jobs.rexx-systems.com/job-offers.html">Zu den Stellenangeboten</a>
       <a href="https://www.rexx-systems.com/">Bewerbermanagement von rexx</a></main></body>`,
      "https://www.moorbrand.example/karriere",
    );
    const boards = discoverKeyPages(careers, "https://www.moorbrand.example/karriere").filter(
      (page) => page.kind === "job-board",
    );
    expect(boards.map((page) => page.url)).toEqual(["https://moorbrand-jobs.rexx-systems.com/job-offers.html"]);
    expect(pageKind("https://moorbrand-jobs.rexx-systems.com/job-offers.html")).toBe("job-board");
  });
});
