import { describe, expect, it } from "vitest";
import { distinctPosts } from "../../../lib/research/distinct-posts";
import { mergeResearch } from "../../../lib/research/merge";
import { extractPosts } from "../../../lib/research/posts";
import { researchPage } from "../../../lib/research/research-page";
import { parseHtml } from "./fixtures";

// An article filed under two sections: the address read is not the one its structured data names.
const filedTwice = `<!doctype html><html lang="en"><head>
  <title>Harborline raises $20 million for route planning | Tidewater News</title>
  <meta property="og:type" content="article">
  <meta property="og:title" content="Harborline raises $20 million for route planning">
  <link rel="canonical" href="https://news.tidewater.example/logistics/harborline-raises-20-million/">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
    "headline":"Harborline raises $20 million for route planning",
    "url":"https://news.tidewater.example/logistics/harborline-raises-20-million/",
    "datePublished":"2026-04-14T09:00:00Z"}</script>
</head><body><article><h1>Harborline raises $20 million for route planning</h1>
  <time datetime="2026-04-14">April 14, 2026</time>
  <p>Harborline, a maker of route planning software for regional carriers, has raised $20 million.</p>
</article></body></html>`;

describe("posts told more than once", () => {
  it("an article read under a second address is one post", () => {
    const url = "https://news.tidewater.example/mobile/harborline-raises-20-million/";
    const posts = extractPosts(parseHtml(filedTwice, url), url, researchPage(parseHtml(filedTwice, url), url).meta);
    expect(posts).toEqual([
      {
        title: "Harborline raises $20 million for route planning",
        url: "https://news.tidewater.example/logistics/harborline-raises-20-million/",
        date: "2026-04-14",
      },
    ]);
  });

  it("keeps posts that share only a title or only a day", () => {
    const posts = distinctPosts([
      { title: "Monthly product update", url: "https://a.example/blog/update-march", date: "2026-03-31" },
      { title: "Monthly product update", url: "https://a.example/blog/update-april", date: "2026-04-30" },
      { title: "We open an office in Lyon", url: "https://a.example/blog/lyon", date: "2026-04-30" },
      { title: "Monthly Product Update", url: "https://a.example/blog/update-march?ref=home", date: "2026-03-31" },
      { title: "Undated note", url: "https://a.example/blog/note-1" },
      { title: "Undated note", url: "https://a.example/blog/note-2" },
    ]);
    expect(posts.map((post) => post.url)).toEqual([
      "https://a.example/blog/update-march",
      "https://a.example/blog/update-april",
      "https://a.example/blog/lyon",
      "https://a.example/blog/note-1",
      "https://a.example/blog/note-2",
    ]);
  });

  it("the research of a site lists a post found on two pages under two addresses once", () => {
    const listing = researchPage(
      parseHtml(
        `<html><body><main><h1>Blog</h1><article><h2><a href="/blog/lyon?utm_source=list">We open an office in Lyon</a></h2>
        <time datetime="2026-04-30">30 April 2026</time></article></main></body></html>`,
        "https://www.tidewater.example/blog",
      ),
      "https://www.tidewater.example/blog",
    );
    const post = researchPage(
      parseHtml(
        `<html><head><meta property="og:type" content="article"><meta property="og:title" content="We open an office in Lyon">
        <meta property="article:published_time" content="2026-04-30"></head>
        <body><article><h1>We open an office in Lyon</h1><p>Our team in Lyon serves carriers in the south of France.</p></article></body></html>`,
        "https://www.tidewater.example/blog/lyon",
      ),
      "https://www.tidewater.example/blog/lyon",
    );
    expect(listing.posts.map((found) => found.title)).toEqual(["We open an office in Lyon"]);
    expect(post.posts.map((found) => found.title)).toEqual(["We open an office in Lyon"]);
    expect(mergeResearch([listing, post]).posts).toHaveLength(1);
  });
});
