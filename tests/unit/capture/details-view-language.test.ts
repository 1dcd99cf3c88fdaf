import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { parseDateRange } from "../../../lib/capture/linkedin/parse";
import { extractLinkedInProfile } from "../../../lib/capture/linkedin/profile";

describe("date ranges in a French UI", () => {
  it("reads abbreviated months, accents and a range that runs to today", () => {
    expect(parseDateRange("juin 2017 - aujourd’hui · 6\u00a0ans 9 mois")).toEqual({
      start: { year: 2017, month: 6 },
      current: true,
    });
    expect(parseDateRange("juil. 2010 - févr. 2014 · 3 ans 8 mois")).toEqual({
      start: { year: 2010, month: 7 },
      end: { year: 2014, month: 2 },
      current: false,
    });
    expect(parseDateRange("août 2019 - déc. 2021")).toMatchObject({ start: { month: 8 }, end: { month: 12 } });
  });

  it("still refuses words that only look like months", () => {
    expect(parseDateRange("Juice 2020")).toBeUndefined();
  });
});

describe("a details view whose heading the labels do not know", () => {
  const url = "https://www.linkedin.com/in/margaux-lefevre/details/experience/";
  const entry = (title: string, company: string, dates: string) => `
    <li class="pvs-list__paged-list-item"><div data-view-name="profile-component-entity">
      <a href="https://www.linkedin.com/company/${company.toLowerCase()}/"><img alt="Logo de ${company}"></a>
      <div><div class="t-bold"><span aria-hidden="true">${title}</span><span class="visually-hidden">${title}</span></div>
      <span class="t-14 t-normal"><span aria-hidden="true">${company}</span><span class="visually-hidden">${company}</span></span>
      <span class="t-14 t-normal t-black--light"><span aria-hidden="true">${dates}</span><span class="visually-hidden">${dates}</span></span>
      </div></div></li>`;
  const html = `<html><head><title>Expérience | Margaux Lefèvre | LinkedIn</title></head><body>
    <header id="global-nav"><button><img alt="Viewer Person">Vous</button></header>
    <main class="scaffold-layout__main"><section class="artdeco-card">
      <h2>Expérience</h2>
      <ul class="pvs-list">
        ${entry("Directrice technique", "Ardoise", "mars 2021 - aujourd’hui · 4 ans 10 mois")}
        ${entry("Ingénieure logicielle", "Calanque", "sept. 2016 - févr. 2021 · 4 ans 6 mois")}
      </ul></section></main></body></html>`;

  it("reads its entries from the main column's card", () => {
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
    const doc = new window.DOMParser().parseFromString(html, "text/html") as unknown as Document;
    const person = extractLinkedInProfile(doc, url, Date.UTC(2026, 0, 15))?.person;
    expect(person?.experience).toMatchObject([
      { title: "Directrice technique", companyName: "Ardoise", start: { year: 2021, month: 3 }, current: true },
      { title: "Ingénieure logicielle", companyName: "Calanque", end: { year: 2021, month: 2 } },
    ]);
    expect(JSON.stringify(person)).not.toContain("Viewer Person");
  });
});
