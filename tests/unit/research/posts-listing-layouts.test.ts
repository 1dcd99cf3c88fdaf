import { describe, expect, it } from "vitest";
import { findDate, findShortDate } from "../../../lib/research/dates";
import { readPage } from "../../../lib/research/page";
import { extractPosts } from "../../../lib/research/posts";
import { parseHtml } from "./fixtures";

const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
const postsOf = (body: string, url: string, head = "<title>Blog</title>") => {
  const doc = parseHtml(page(head, body), url);
  return extractPosts(doc, url, readPage(doc, url).meta);
};

describe("dates as listings print them", () => {
  it.each([
    ["März 12, 2025", "2025-03-12"],
    ["12. Mär. 2025", "2025-03-12"],
    ["Mittwoch, 12. März 2025", "2025-03-12"],
    ["Sept. 15, 2023 · 4 min read", "2023-09-15"],
    ["2026.09.06", "2026-09-06"],
  ])("reads %s", (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it("reads a day with a two-digit year only as a short label", () => {
    expect(findShortDate("12.03.25")).toBe("2025-03-12");
    expect(findShortDate("Veröffentlicht am 3.7.24")).toBe("2024-07-03");
    // Version numbers and longer numbers are no dates.
    expect(findShortDate("Version 1.12.3")).toBeUndefined();
    expect(findShortDate("Release 2.4.10.1")).toBeUndefined();
    expect(findShortDate("12.03.2025")).toBeUndefined();
    expect(findDate("Release 2024.10.15.2")).toBeUndefined();
  });
});

describe("post cards on listings", () => {
  const url = "https://www.kranwerk.example/de/blog";

  it("dates a card by its two-digit-year label", () => {
    const body = `<main><h1>Blog</h1><article><span class="post-date">12.03.25</span>
      <h2><a href="/de/blog/neue-filter">Neue Filter für Berichte im Dashboard</a></h2></article>
      <article><span class="post-date">28.01.25</span>
      <h2><a href="/de/blog/export">Export nach Excel für alle Touren</a></h2></article></main>`;
    expect(postsOf(body, url).map((post) => [post.title, post.date])).toEqual([
      ["Neue Filter für Berichte im Dashboard", "2025-03-12"],
      ["Export nach Excel für alle Touren", "2025-01-28"],
    ]);
  });

  it("takes no date from an excerpt that tells of time in prose", () => {
    const body = `<main><h1>Blog</h1><article><h2><a href="/de/blog/umzug">Unser Umzug nach Kiel</a></h2>
      <p>Two weeks ago we moved into the new office by the harbour, and here is how it went.</p></article>
      <article><h2><a href="/de/blog/rueckblick">Ein Rückblick auf das Jahr</a></h2>
      <p>Im März 2024 haben wir den ersten Kunden in Kiel gewonnen, und vieles mehr.</p></article></main>`;
    expect(postsOf(body, url)).toEqual([]);
  });

  it("reads a card whose category label is a link above its title", () => {
    const card = (topic: string, slug: string, title: string, date: string) =>
      `<article class="card"><h4 class="eyebrow"><a href="/de/blog/themen/${topic}">${topic}</a></h4>
        <h3><a href="/de/blog/${slug}">${title}</a></h3><time datetime="${date}">${date}</time></article>`;
    const body = `<main><h1>Blog</h1><div class="grid">${card("produkt", "touren", "Touren planen mit Zeitfenstern", "2025-05-06")}${card("praxis", "lager", "Wie ein Lager in Kiel Wege spart", "2025-04-02")}</div></main>`;
    expect(postsOf(body, url).map((post) => [post.title, post.url, post.date])).toEqual([
      ["Touren planen mit Zeitfenstern", "https://www.kranwerk.example/de/blog/touren", "2025-05-06"],
      ["Wie ein Lager in Kiel Wege spart", "https://www.kranwerk.example/de/blog/lager", "2025-04-02"],
    ]);
  });
});

describe("posts a listing shows without a date", () => {
  it("dates linked headlines by their addresses, and takes no page-turning link for a post", () => {
    const url = "https://www.kranwerk.example/de/blog/page/2/";
    const post = (path: string, title: string) =>
      `<article class="post"><div class="hgroup"><h1><a href="/de/blog/${path}/">${title}</a></h1><h2>Ein kurzer Rückblick auf den Abend.</h2></div>
      <p>Wir haben viel gelernt und freuen uns auf das nächste Mal.</p><a href="/de/blog/${path}/" class="btn">Read More</a></article>`;
    const body = `<main>${post("2013/05/vortrag-in-wien", "Unser Vortrag in Wien")}${post("2012/09/12/pecha-kucha", "Unser Pecha Kucha in Berlin")}
      <nav><ul><li><a href="/de/blog/">Read newer posts ...</a></li><li><a href="/de/blog/page/3/">Read older posts ...</a></li></ul></nav></main>`;
    expect(postsOf(body, url).map((post) => [post.title, post.date])).toEqual([
      ["Unser Vortrag in Wien", "2013-05"],
      ["Unser Pecha Kucha in Berlin", "2012-09-12"],
    ]);
  });

  it("dates cards by the day their post's slug begins with", () => {
    const card = (slug: string, title: string) =>
      `<article><div class="content"><h3><a href="/en/news/${slug}/">${title}</a></h3><p>A few lines on what happened.</p>
      <a class="btn" href="/en/news/${slug}/">Read more</a></div></article>`;
    const body = `<section><h2>Latest Posts</h2>${card("2024-08-20-seed-round", "Kranwerk closes its seed round")}${card("2024-09-19-kiel-office", "A new office in Kiel")}</section>`;
    expect(postsOf(body, "https://www.kranwerk.example/en/news/").map((post) => [post.title, post.date])).toEqual([
      ["A new office in Kiel", "2024-09-19"],
      ["Kranwerk closes its seed round", "2024-08-20"],
    ]);
  });

  it("dates no job ad by its address, nor a section of this very page", () => {
    const careers = `<main><h1>Careers</h1><div class="job"><h3><a href="/careers/2025/02/11/interaction-designer/">Interaction Designer</a></h3><p>Kiel, full time</p></div></main>`;
    expect(postsOf(careers, "https://www.kranwerk.example/careers/")).toEqual([]);
    const url = "https://www.kranwerk.example/blog/2024/06/25/what-we-learned-from-our-survey/";
    const post = `<main><h1>What we learned from our survey</h1><h2><a href="/blog/2024/06/25/what-we-learned-from-our-survey/#toolchains">1. Toolchains still cost too much time</a></h2><p>Teams told us so.</p></main>`;
    expect(postsOf(post, url).map((found) => found.title)).toEqual(["What we learned from our survey"]);
  });

  it("takes no headline without a link for a post", () => {
    const body = `<main><h1>Neuigkeiten aus dem Lager</h1><article><h2><a href="/de/blog/2024/03/lager">Lager in Kiel</a></h2></article></main>`;
    expect(postsOf(body, "https://www.kranwerk.example/de/blog").map((post) => post.title)).toEqual(["Lager in Kiel"]);
  });
});

describe("a post page", () => {
  it("is a post when it sits under the blog and its address or headline tells the day", () => {
    const url = "https://www.kranwerk.example/blog/2025/03/12/planning-tours-with-time-windows/";
    const head = `<title>Planning tours with time windows | Kranwerk</title><meta property="og:type" content="website">`;
    const body = `<header><nav><a href="/blog/">Blog</a></nav></header><main><div class="tags"><h4><a href="/blog/categories/product/">Product</a></h4>
      <h1>Planning tours with time windows</h1></div><div class="byline"><h5>Lena Vogt</h5><h5 class="grey">March 12, 2025</h5></div>
      <p>Dispatchers asked for time windows, and today they arrive in every plan.</p></main>`;
    expect(postsOf(body, url, head)).toEqual([{ title: "Planning tours with time windows", url, date: "2025-03-12" }]);
  });

  it("takes the post's headline, not the site name a logo heading links", () => {
    const url = "https://www.kranwerk.example/blog/2025-03-12-time-windows/";
    const head = "<title>Time windows for every tour – Kranwerk Blog</title>";
    const body = `<header><a href="/blog/"><h1>The Kranwerk Blog</h1></a></header><main><article><h1>Time windows for every tour</h1>
      <p>Dispatchers asked for time windows, and today they arrive in every plan.</p></article></main>`;
    expect(postsOf(body, url, head)).toEqual([{ title: "Time windows for every tour", url, date: "2025-03-12" }]);
  });

  it("takes the day printed beside the headline of a press release", () => {
    const url = "https://www.kranwerk.example/de/presse/kranwerk-eroeffnet-wien";
    const head = "<title>Kranwerk eröffnet ein Büro in Wien – Kranwerk Logistik</title>";
    const body = `<main><h1>Kranwerk eröffnet ein Büro in Wien</h1><p class="meta">Kiel, 12. März 2025</p>
      <p>Mit dem Büro in Wien ist Kranwerk erstmals in Österreich vertreten.</p></main>`;
    expect(postsOf(body, url, head)).toEqual([
      { title: "Kranwerk eröffnet ein Büro in Wien", url, date: "2025-03-12" },
    ]);
  });

  it("is no post when it is the listing, even with a single dated card", () => {
    const url = "https://www.kranwerk.example/de/blog/";
    const head = `<title>Blog · Kranwerk</title><meta property="og:type" content="article">`;
    const body = `<main><h1>Blog</h1><section><h2>2025</h2><article><header><a href="/de/blog/gruendung/"><h2>Unsere Gründung</h2></a></header>
      <div><time datetime="2025-10-13T12:26:00+02:00">13. Oktober 2025</time></div><p>Warum wir Kranwerk gegründet haben.</p></article></section></main>`;
    expect(postsOf(body, url, head).map((post) => [post.title, post.url])).toEqual([
      ["Unsere Gründung", "https://www.kranwerk.example/de/blog/gruendung/"],
    ]);
  });

  it("is no post when it is a page of its own outside the blog", () => {
    const url = "https://www.kranwerk.example/2025/03/12/";
    const head = `<title>Archive | Kranwerk</title>`;
    expect(postsOf(`<main><h1>Archive</h1><p>Nothing here.</p></main>`, url, head)).toEqual([]);
  });
});
