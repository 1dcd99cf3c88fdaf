import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { textLines } from "../../../lib/capture/dom";
import { extractLinkedInProfile } from "../../../lib/capture/linkedin/profile";

function body(html: string, url = "https://www.linkedin.com/feed/"): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  return new window.DOMParser().parseFromString(
    `<html><body>${html}</body></html>`,
    "text/html",
  ) as unknown as Document;
}

const lines = (html: string) => textLines(body(html).body).map((line) => line.text);

describe("text lines of sibling inline elements", () => {
  it("keeps sibling items that styles set apart as separate words", () => {
    expect(lines("<h4><span>Master's degree</span><span>Marine Biology</span></h4>")).toEqual([
      "Master's degree Marine Biology",
    ]);
    expect(lines("<p><time>Mar 2019</time> - <time>Jun 2021</time><span>2 years 4 months</span></p>")).toEqual([
      "Mar 2019 - Jun 2021 2 years 4 months",
    ]);
    expect(lines("<p><span>(3 years)</span><span>Lyon</span></p>")).toEqual(["(3 years) Lyon"]);
  });

  it("keeps comments between siblings from gluing them", () => {
    expect(lines("<h4><span>BSc</span><!----><span>Geology</span><!----></h4>")).toEqual(["BSc Geology"]);
  });

  it("leaves punctuation and words styled inside a word as they are", () => {
    expect(lines("<p><span>Lyon</span><span>, France</span></p>")).toEqual(["Lyon, France"]);
    expect(lines("<p><span>Quill</span>works <b>Ho</b>lding</p>")).toEqual(["Quillworks Holding"]);
    expect(lines("<p><a href='#'>Ada<span>line</span></a> Brook</p>")).toEqual(["Adaline Brook"]);
  });

  it("still reads a screen-reader twin once", () => {
    expect(
      lines(
        '<div><span aria-hidden="true">Ferrovia Labs</span><span class="visually-hidden">Ferrovia Labs</span></div>',
      ),
    ).toEqual(["Ferrovia Labs"]);
  });
});

describe("degree and field of study on a public profile", () => {
  it("reads them as separate words", () => {
    const url = "https://fr.linkedin.com/in/odile-marchetti";
    const doc = body(
      `<main><section class="top-card-layout"><h1 class="top-card-layout__title">Odile Marchetti</h1>
      <h2 class="top-card-layout__headline">Marine biologist</h2></section>
      <section class="core-section-container education"><h2>Education</h2><ul>
        <li class="profile-section-card"><h3><a href="https://fr.linkedin.com/school/brest-ocean-school/">Brest Ocean School</a></h3>
        <h4><span class="degree-info">Master's degree</span><span class="degree-info">Marine Biology</span><!----></h4>
        <p><span class="date-range"><time>2012</time> - <time>2014</time></span></p></li>
      </ul></section></main>`,
      url,
    );
    const person = extractLinkedInProfile(doc, url, Date.UTC(2026, 0, 15))?.person;
    expect(person?.education?.[0]).toMatchObject({
      school: "Brest Ocean School",
      degree: "Master's degree Marine Biology",
      startYear: 2012,
      endYear: 2014,
    });
  });
});
