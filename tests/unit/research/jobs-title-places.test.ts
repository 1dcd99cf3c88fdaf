import { describe, expect, it } from "vitest";
import { extractJobs } from "../../../lib/research/jobs";
import { parseHtml } from "./fixtures";

/** Places printed in an ad's title after a dash or "in", and in an ad's labelled key facts. */

function jobs(body: string, url: string) {
  return extractJobs(parseHtml(`<!doctype html><html lang="de"><body>${body}</body></html>`, url), url).map(
    ({ title, location }) => ({ title, location }),
  );
}

describe("places in ads' titles and key facts", () => {
  it("takes the place a title ends in as the job's place, and keeps a title whose last part is no place", () => {
    const page = `<main><h2>Offene Stellen</h2><ul>
      <li><a href="/karriere/stellen/kr-101">Monteur Klimatechnik (m/w/d) – Leipzig</a></li>
      <li><a href="/karriere/stellen/kr-102">Disponentin (m/w/d) in Rostock</a></li>
      <li><a href="/karriere/stellen/kr-103">Backend Engineer | Remote</a></li>
      <li><a href="/karriere/stellen/kr-104">Servicekraft (m/w/d) in Teilzeit</a></li>
      <li><a href="/karriere/stellen/kr-105">Vertrieb (m/w/d) – Industriekunden</a></li></ul></main>`;
    expect(jobs(page, "https://www.kranich-robotik.example/karriere")).toEqual([
      { title: "Monteur Klimatechnik (m/w/d)", location: "Leipzig" },
      { title: "Disponentin (m/w/d)", location: "Rostock" },
      { title: "Backend Engineer", location: "Remote" },
      { title: "Servicekraft (m/w/d) in Teilzeit", location: undefined },
      { title: "Vertrieb (m/w/d) – Industriekunden", location: undefined },
    ]);
  });

  it("reads an ad page's place from its labelled key facts", () => {
    const ad = (facts: string) => `<header><nav><a href="/karriere/">Karriere</a></nav></header><main><article>
      <h1>Werkstudent Controlling (m/w/d)</h1>${facts}<section><h2>Ihre Aufgaben</h2><ul><li>Reporting: monatlich</li></ul></section>
      <a href="/karriere/bewerbung/?job=kr-7">Jetzt bewerben</a></article></main>`;
    const url = "https://www.kranich-robotik.example/karriere/stellen/werkstudent-controlling";
    expect(jobs(ad(`<ul class="eckdaten"><li>Beginn: ab sofort</li><li>Standort: Bremen</li></ul>`), url)).toEqual([
      { title: "Werkstudent Controlling (m/w/d)", location: "Bremen" },
    ]);
    expect(jobs(ad(`<dl><dt>Start</dt><dd>01.03.2027</dd><dt>Location</dt><dd>Kiel</dd></dl>`), url)).toEqual([
      { title: "Werkstudent Controlling (m/w/d)", location: "Kiel" },
    ]);
  });
});

describe("a careers page with every ad in one article", () => {
  it("reads each ad's facts from its own row, not from the article that holds them all", () => {
    const rows = Array.from(
      { length: 300 },
      (_, index) =>
        `<div class="row"><a href="/karriere/stellen/kr-${index}">Monteur ${index} (m/w/d) – Leipzig</a>
         <span class="department">Montage ${index}</span></div>`,
    ).join("");
    const url = "https://www.kranich-robotik.example/karriere";
    const doc = parseHtml(
      `<!doctype html><html><body><main><article><h2>Offene Stellen</h2>${rows}</article></main></body></html>`,
      url,
    );
    const found = extractJobs(doc, url);
    expect(found).toHaveLength(300);
    expect(found[299]).toMatchObject({ title: "Monteur 299 (m/w/d)", location: "Leipzig", department: "Montage 299" });
    expect(found.every((job, index) => job.department === `Montage ${index}`)).toBe(true);
  });
});
