import { describe, expect, it } from "vitest";
import { distinctPosts } from "../../../lib/research/distinct-posts";
import { mergeResearch } from "../../../lib/research/merge";
import { readPage } from "../../../lib/research/page";
import { extractPosts } from "../../../lib/research/posts";
import { researchPage } from "../../../lib/research/research-page";
import { parseHtml } from "./fixtures";

/**
 * A news list's entries that link nowhere are posts when they show a date, each at the listing's address
 * pointed at the entry: its heading's anchor, else a text fragment of its title.
 */

const url = "https://www.kranich-robotik.example/de/presse";
const at = (fragment: string) => `${url}#${fragment}`;
const postsOf = (body: string, at = url) => {
  const doc = parseHtml(`<html lang="de"><head><title>Presse</title></head><body>${body}</body></html>`, at);
  return extractPosts(doc, at, readPage(doc, at).meta);
};

describe("entries without links on a press listing", () => {
  it("are posts: a month line, a heading and a lead, the only link a mail address", () => {
    const entry = (month: string, title: string) => `<article><div class="row"><div class="text">
      <p class="eyebrow">${month}</p><h2>${title}</h2><p>Kranich Robotik baut sein Netz weiter aus.</p></div>
      <a href="mailto:presse@kranich-robotik.example">Volltext anfordern</a></div></article>`;
    const posts = postsOf(`<main><h1>Presse</h1><section><p>Pressemitteilungen</p>
      ${entry("März 2026", "Kranich Robotik eröffnet Standort in Graz")}
      ${entry("Juni 2025", "Kooperation mit der Ostwerk Logistik GmbH")}</section></main>`);
    expect(posts).toEqual([
      {
        title: "Kranich Robotik eröffnet Standort in Graz",
        url: at(":~:text=Kranich%20Robotik%20er%C3%B6ffnet%20Standort%20in%20Graz"),
        date: "2026-03",
      },
      {
        title: "Kooperation mit der Ostwerk Logistik GmbH",
        url: at(":~:text=Kooperation%20mit%20der%20Ostwerk%20Logistik%20GmbH"),
        date: "2025-06",
      },
    ]);
  });

  it("are posts in an accordion, each heading over a panel that opens with its date", () => {
    const posts = postsOf(`<main><h1>Presse</h1><div id="accordion">
      <h3 id="bielefeld">Kranich Robotik eröffnet Standort in Bielefeld</h3>
      <div><p>18.10.2024</p><p>Am 18. Oktober eröffnet Kranich Robotik den Standort Bielefeld.</p></div>
      <h3>Kranich Robotik eröffnet Standort in Dortmund</h3>
      <div><p>04.10.2024 – Kranich Robotik begrüßt seine Kunden am neuen Standort.</p></div>
      <h3>Neu im Sortiment: der Greifer G2</h3><div><p>Bald buchbar.</p></div>
    </div></main>`);
    expect(posts.map((post) => [post.title, post.date, post.url])).toEqual([
      ["Kranich Robotik eröffnet Standort in Bielefeld", "2024-10-18", at("bielefeld")],
      [
        "Kranich Robotik eröffnet Standort in Dortmund",
        "2024-10-04",
        at(":~:text=Kranich%20Robotik%20er%C3%B6ffnet%20Standort%20in%20Dortmund"),
      ],
    ]);
  });

  it("are posts in a flat list, the date line beside each heading; a section's heading is none", () => {
    const posts = postsOf(`<main><h1>Presse</h1><section><h2>Aktuelle Mitteilungen</h2><div>
      <h3>Kranich Robotik stellt den Greifer G2 vor, 2-fach schneller & leiser</h3><p>12. März 2025</p><p>Der Greifer G2 packt doppelt so schnell.</p>
      <h3>Kranich Robotik gewinnt den Logistikpreis</h3><p>3. Februar 2025</p><p>Die Jury lobt den Greifer.</p>
    </div></section></main>`);
    expect(posts.map((post) => post.title)).toEqual([
      "Kranich Robotik stellt den Greifer G2 vor, 2-fach schneller & leiser",
      "Kranich Robotik gewinnt den Logistikpreis",
    ]);
    expect(posts.map((post) => post.date)).toEqual(["2025-03-12", "2025-02-03"]);
    // The fragment's own marks (a dash, a comma, an ampersand) are escaped in the title.
    expect(posts[0]?.url).toBe(
      at(":~:text=Kranich%20Robotik%20stellt%20den%20Greifer%20G2%20vor%2C%202%2Dfach%20schneller%20%26%20leiser"),
    );
  });

  it("are none without a date, nor a date set as a heading, nor outside a listing", () => {
    const undated = `<main><h1>Presse</h1><div class="cards"><div class="card"><h4>Kranich Robotik präsentiert den Greifer G2</h4></div>
      <div class="card"><h4>Neue Kooperation: Kranich Robotik erweitert sein Netzwerk</h4></div></div></main>`;
    expect(postsOf(undated)).toEqual([]);
    const dateHeading = `<main><h1>Blog</h1><div class="slide"><h3>14 May 2025</h3><h2>Kranich Robotik partners with Ostwerk</h2>
      <p>Kranich Robotik today announced a partnership with Ostwerk.</p><h4>By Lena Hoffmann</h4></div></main>`;
    expect(postsOf(dateHeading, "https://www.kranich-robotik.example/blog").map((post) => post.title)).toEqual([
      "Kranich Robotik partners with Ostwerk",
    ]);
    const about = `<main><h1>Über uns</h1><section><h2>Unsere Geschichte seit 2019</h2><p>12. März 2019</p></section></main>`;
    expect(postsOf(about, "https://www.kranich-robotik.example/ueber-uns")).toEqual([]);
  });

  it("stay apart when the research of the site is merged", () => {
    const body = `<html><body><main><h1>Presse</h1><div id="accordion">
      <h3>Kranich Robotik eröffnet Standort in Bielefeld</h3><div><p>18.10.2024</p></div>
      <h3>Kranich Robotik eröffnet Standort in Dortmund</h3><div><p>04.10.2024</p></div></div></main></body></html>`;
    const listing = researchPage(parseHtml(body, url), url);
    expect(mergeResearch([listing]).posts.map((post) => post.title)).toEqual([
      "Kranich Robotik eröffnet Standort in Bielefeld",
      "Kranich Robotik eröffnet Standort in Dortmund",
    ]);
  });
});

describe("posts at one address", () => {
  it("are one: a post read on its listing and on its own page is told once", () => {
    const posts = distinctPosts([
      { title: "Lanes für Speditionen", url: "https://a.example/blog/lanes", date: "2026-03-31" },
      { title: "Lanes für Speditionen: was sich ändert | Kranich Blog", url: "https://a.example/blog/lanes" },
      {
        title: "Kranich eröffnet in Graz",
        url: "https://a.example/presse#:~:text=Kranich%20er%C3%B6ffnet%20in%20Graz",
      },
      { title: "Kooperation mit Ostwerk", url: "https://a.example/presse#:~:text=Kooperation%20mit%20Ostwerk" },
    ]);
    expect(posts.map((post) => post.title)).toEqual([
      "Lanes für Speditionen",
      "Kranich eröffnet in Graz",
      "Kooperation mit Ostwerk",
    ]);
  });
});
