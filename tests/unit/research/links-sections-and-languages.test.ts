import { describe, expect, it } from "vitest";
import { classifyUrl, discoverKeyPages } from "../../../lib/research/links";
import { parseHtml } from "./fixtures";

const kinds = (html: string, url: string) =>
  discoverKeyPages(parseHtml(html, url), url)
    .filter((page) => page.score > 1)
    .map((page) => `${page.kind} ${page.url}`);

describe("key pages below what a company sells", () => {
  it("a service named 'Management' or a product for teams is no team page", () => {
    const home = "https://www.wolkenfeld.example/";
    const html = `<html lang="en"><body><header><nav>
      <a href="/services/beratung">Beratung</a><a href="/services/management">Managed Cloud</a>
      <a href="/product/team">Team</a><a href="/solutions/insights">Insights</a></nav></header>
      <footer><a href="/team">Team</a><a href="/blog">Blog</a></footer></body></html>`;
    expect(kinds(html, home)).toEqual([
      "team https://www.wolkenfeld.example/team",
      "blog https://www.wolkenfeld.example/blog",
    ]);
  });

  it("keeps a product's prices and references and an Impressum filed anywhere", () => {
    expect(classifyUrl(new URL("https://x.example/products/nordwind/pricing"))).toBe("pricing");
    expect(classifyUrl(new URL("https://x.example/loesungen/referenzen"))).toBe("customers");
    expect(classifyUrl(new URL("https://x.example/leistungen/impressum"))).toBe("impressum");
    expect(classifyUrl(new URL("https://x.example/features/team"), "Team")).toBeUndefined();
    expect(classifyUrl(new URL("https://x.example/unternehmen/team"))).toBe("team");
  });

  it("an agency's projects are its references", () => {
    const home = "https://www.kantwerk.example/";
    const html = `<html lang="de"><body><nav><a href="/unternehmen/">Unternehmen</a><a href="/projekte/">Projekte</a></nav></body></html>`;
    expect(kinds(html, home)).toEqual([
      "about https://www.kantwerk.example/unternehmen",
      "customers https://www.kantwerk.example/projekte",
    ]);
  });
});

describe("language switchers", () => {
  it("do not offer the page in another language as a key page", () => {
    const url = "https://www.kantwerk.example/ueber-uns/";
    const html = `<html lang="de-DE"><body><header><nav><a href="./">Über uns</a><a href="../karriere/">Karriere</a></nav>
      <div class="lang"><a href="./" hreflang="de-DE">German</a>
      <a href="../en/about-us/" hreflang="en-GB">English (UK)</a></div>
      <div class="switch"><a href="/en/careers/">EN</a></div></header>
      <footer><a href="../impressum/">Impressum</a><a href="/rechtliches/" hreflang="de">Rechtliches</a></footer></body></html>`;
    expect(kinds(html, url)).toEqual([
      "impressum https://www.kantwerk.example/impressum",
      "careers https://www.kantwerk.example/karriere",
      "impressum https://www.kantwerk.example/rechtliches",
    ]);
  });
});

describe("menu labels and builder addresses", () => {
  it("read a label past its arrow or count", () => {
    expect(classifyUrl(new URL("https://x.example/?page_id=12"), "Karriere (3)")).toBe("careers");
    expect(classifyUrl(new URL("https://x.example/?page_id=14"), "→ Über uns")).toBe("about");
    expect(classifyUrl(new URL("https://x.example/?page_id=16"), "Jobs 5")).toBe("careers");
    expect(classifyUrl(new URL("https://x.example/?page_id=18"), "Datenschutz & Impressum")).toBe("impressum");
  });

  it("read a page the builder numbered as the page of its name", () => {
    expect(classifyUrl(new URL("https://x.example/ueber-uns-2/"))).toBe("about");
    expect(classifyUrl(new URL("https://x.example/team-1"))).toBe("team");
    expect(classifyUrl(new URL("https://x.example/datenschutz-impressum/"))).toBe("impressum");
  });
});

describe("guessed pages on a site filed by language", () => {
  it("are guessed in the page's language section", () => {
    const url = "https://www.kantwerk.example/de/produkte/";
    const doc = parseHtml(`<html lang="de"><body><nav><a href="/de/karriere/">Karriere</a></nav></body></html>`, url);
    expect(discoverKeyPages(doc, url).map((page) => `${page.kind} ${page.url}`)).toEqual([
      "careers https://www.kantwerk.example/de/karriere",
      "impressum https://www.kantwerk.example/de/impressum",
      "about https://www.kantwerk.example/de/ueber-uns",
      "pricing https://www.kantwerk.example/de/preise",
    ]);
  });

  it("in English in the English section of a German site", () => {
    const url = "https://www.kantwerk.de/en/products/";
    const doc = parseHtml(
      `<html lang="en"><body><footer><a href="/impressum/">Legal notice</a></footer></body></html>`,
      url,
    );
    expect(discoverKeyPages(doc, url).map((page) => page.url)).toEqual([
      "https://www.kantwerk.de/impressum",
      "https://www.kantwerk.de/en/about",
      "https://www.kantwerk.de/en/careers",
      "https://www.kantwerk.de/en/pricing",
    ]);
  });
});

describe("sister subdomains", () => {
  it("name a careers portal, a blog and a newsroom by their host", () => {
    const home = "https://www.nordlicht.example/";
    const html = `<html lang="de"><body><footer><a href="https://karriere.nordlicht.example/">Zum Karriereportal</a>
      <a href="https://blog.nordlicht.example/de/">Einblicke</a><a href="https://presse.nordlicht.example/">Für Journalisten</a>
      <a href="https://jobs.nordlicht.example/stelle/4711-entwickler">Entwickler (m/w/d)</a></footer></body></html>`;
    expect(kinds(html, home)).toEqual([
      "careers https://karriere.nordlicht.example/",
      "press https://presse.nordlicht.example/",
      "blog https://blog.nordlicht.example/de",
    ]);
  });

  it("do not make every page of a blog the research starts on a blog page", () => {
    const post = "https://blog.nordlicht.example/2025/neues-buero";
    const html = `<body><a href="https://blog.nordlicht.example/">Alle Beiträge</a><a href="/autoren/">Autoren</a></body>`;
    expect(kinds(html, post)).toEqual([]);
  });
});
