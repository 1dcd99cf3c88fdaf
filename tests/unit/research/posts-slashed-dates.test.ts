import { describe, expect, it } from "vitest";
import { findSlashDate, slashOrder } from "../../../lib/research/dates";
import { readPage } from "../../../lib/research/page";
import { extractPosts } from "../../../lib/research/posts";
import { parseHtml } from "./fixtures";

describe("slashed dates", () => {
  it("reads the order from a part over 12", () => {
    expect(findSlashDate("27/03/2025")).toBe("2025-03-27");
    expect(findSlashDate("3/27/2025")).toBe("2025-03-27");
  });

  it("reads an ambiguous date only in the order the page's language gives", () => {
    expect(findSlashDate("12/03/2025")).toBeUndefined();
    expect(findSlashDate("12/03/2025", "day-first")).toBe("2025-03-12");
    expect(findSlashDate("12/03/2025", "month-first")).toBe("2025-12-03");
    // A part over 12 wins over the language.
    expect(findSlashDate("3/27/2025", "day-first")).toBe("2025-03-27");
  });

  it("takes no fraction, path or impossible day for a date", () => {
    expect(findSlashDate("1/2/25")).toBeUndefined();
    expect(findSlashDate("/2025/03/12/")).toBeUndefined();
    expect(findSlashDate("13/13/2025")).toBeUndefined();
    expect(findSlashDate("32/01/2025")).toBeUndefined();
  });

  it.each([
    ["en-US", "month-first"],
    ["en-GB", "day-first"],
    ["de", "day-first"],
    ["fr-CH", "day-first"],
    ["en", undefined],
    ["", undefined],
    [null, undefined],
  ])("a page in %s orders them %s", (lang, order) => {
    expect(slashOrder(lang)).toBe(order);
  });
});

describe("post cards dated with slashes", () => {
  const listing = (lang: string, [first, second] = ["12/03/2025", "04/02/2025"]) => {
    const card = (slug: string, title: string, date: string) =>
      `<article><span class="post-date">${date}</span><h2><a href="/news/${slug}">${title}</a></h2></article>`;
    const url = "https://www.harbourline-freight.example/news";
    const doc = parseHtml(
      `<html lang="${lang}"><head><title>News</title></head><body><main><h1>News</h1>
        ${card("cold-chain", "Cold-chain tracking for every pallet", first)}
        ${card("new-depot", "A new depot near the container terminal", second)}</main></body></html>`,
      url,
    );
    return extractPosts(doc, url, readPage(doc, url).meta).map((post) => [post.title, post.date]);
  };

  it("reads day first on a British page and month first on an American one", () => {
    expect(listing("en-GB")).toEqual([
      ["Cold-chain tracking for every pallet", "2025-03-12"],
      ["A new depot near the container terminal", "2025-02-04"],
    ]);
    expect(listing("en-US")).toEqual([
      ["Cold-chain tracking for every pallet", "2025-12-03"],
      ["A new depot near the container terminal", "2025-04-02"],
    ]);
  });

  it("invents no date where the language does not tell the order", () => {
    // Cards a listing shows without a date are not taken for posts.
    expect(listing("en")).toEqual([]);
    expect(listing("en", ["27/03/2025", "15/02/2025"])).toEqual([
      ["Cold-chain tracking for every pallet", "2025-03-27"],
      ["A new depot near the container terminal", "2025-02-15"],
    ]);
  });
});
