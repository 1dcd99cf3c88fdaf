import { describe, expect, it } from "vitest";
import { companyName } from "../../../lib/research/company-name";
import { detectLanguage } from "../../../lib/research/language";
import { parseHtml } from "./fixtures";

const nameOf = (head: string, url: string) =>
  companyName(parseHtml(`<!doctype html><html><head>${head}</head><body></body></html>`, url), url, undefined);

describe("company name from titles and site names", () => {
  it.each([
    [
      "the brand after a headline",
      `<title>Acmeflow raises $10M Series A | Acmeflow Blog</title>`,
      "https://www.acmeflow.example/blog/series-a",
      "Acmeflow",
    ],
    [
      "the brand after a German headline",
      `<title>Sonnhalde sichert sich 30 Mio. Euro – Sonnhalde</title>`,
      "https://www.sonnhalde.example/news/wachstum",
      "Sonnhalde",
    ],
    ["the blog's brand", `<title>Acmeflow Blog</title>`, "https://www.acmeflow.example/blog", "Acmeflow"],
    [
      "a domain with get…",
      `<title>Invoicy – Invoicing for freelancers</title>`,
      "https://www.getinvoicy.example/",
      "Invoicy",
    ],
    [
      "a domain with …hq and a colon in the title",
      `<title>Loopwise: Feedback for product teams</title>`,
      "https://www.loopwisehq.example/",
      "Loopwise",
    ],
    [
      "a domain with -software",
      `<title>Taskbird | Aufgabenplanung</title>`,
      "https://www.taskbird-software.example/",
      "Taskbird",
    ],
    [
      "a domain spelling ü as ue",
      `<title>Müller Holzbau | Zimmerei in Ulm</title>`,
      "https://www.mueller-holzbau.example/",
      "Müller Holzbau",
    ],
    [
      "the words of a headline that spell the domain",
      `<title>DriveOn Introduces New GT300 Mini Driver | Newsroom</title>`,
      "https://media.driveon.example/newsroom/gt300",
      "DriveOn",
    ],
    [
      "a site name with a tagline",
      `<title>Brightmoor</title><meta property="og:site_name" content="Brightmoor | Die Software für Handwerker">`,
      "https://www.brightmoor.example/",
      "Brightmoor",
    ],
    [
      "the title when the site name is the domain",
      `<title>Hello | Quillon</title><meta property="og:site_name" content="quillon.example">`,
      "https://www.quillon.example/blog/hello",
      "Quillon",
    ],
    [
      "the title when the site name is only Blog",
      `<title>Why audits fail – Pellmoor</title><meta property="og:site_name" content="Blog">`,
      "https://www.pellmoor.example/blog/audits",
      "Pellmoor",
    ],
    [
      "the words of a hyphenated domain when nothing else names the company",
      `<title>Kontakt</title>`,
      "https://www.nordlicht-analytics.example/kontakt",
      "Nordlicht Analytics",
    ],
  ])("takes %s", (_case, head, url, name) => {
    expect(nameOf(head, url)).toBe(name);
  });
});

describe("page language", () => {
  const german =
    "Wir sind ein Familienbetrieb aus dem Allgäu und bauen seit 1982 Möbel aus heimischen Hölzern. Unsere Werkstatt liegt in Kempten, wo zwölf Schreiner jedes Stück von Hand fertigen und auf Wunsch auch zu Ihnen liefern. Sie erreichen uns von Montag bis Freitag, und wir beraten Sie gern zu Ihrem Projekt mit der Erfahrung von vier Jahrzehnten.";
  const english =
    "We are a family business from the Allgäu and have been building furniture from local wood since 1982. Our workshop is in Kempten, where twelve carpenters make every piece by hand and deliver it to your home on request. You can reach us from Monday to Friday, and we are happy to advise you on your project with the experience of four decades.";
  const doc = (attributes: string, head = "") =>
    parseHtml(
      `<!doctype html><html${attributes}><head>${head}</head><body></body></html>`,
      "https://www.holzwerk.example/",
    );

  it("follows text that clearly contradicts a German or English declaration", () => {
    expect(detectLanguage(doc(' lang="en-US"'), german)).toBe("de");
    expect(detectLanguage(doc(' lang="de-DE"'), english)).toBe("en");
  });

  it("keeps the declaration when the text is short or mixed", () => {
    expect(detectLanguage(doc(' lang="de"'), "Features. Pricing. Our platform helps teams.")).toBe("de");
    expect(detectLanguage(doc(' lang="en"'), `${german} ${english}`)).toBe("en");
  });

  it("reads past an empty lang attribute and a list of languages", () => {
    expect(detectLanguage(doc(' lang=""', `<meta property="og:locale" content="de_DE">`), "Kontakt")).toBe("de");
    expect(detectLanguage(doc("", `<meta http-equiv="content-language" content="de, en">`), "Kontakt")).toBe("de");
  });
});

describe("company name from titles when the domain spells something else", () => {
  it.each([
    ["a home word before the name", `<title>Startseite | Kestrel Werke</title>`, "Kestrel Werke"],
    ["a name with its legal form after Home", `<title>Home - Kestrel Werke GmbH</title>`, "Kestrel Werke GmbH"],
    ["a welcome", `<title>Willkommen bei Kestrel Werke</title>`, "Kestrel Werke"],
    ["the name before a tagline", `<title>Kestrel Werke – Maschinenbau aus Kiel</title>`, "Kestrel Werke"],
    ["the name after a tagline", `<title>Maschinenbau aus Kiel | Kestrel Werke</title>`, "Kestrel Werke"],
  ])("%s", (_, head, name) => {
    expect(nameOf(head, "https://www.kw-gruppe.example/")).toBe(name);
  });

  it("takes no name from a welcome to something else", () => {
    expect(nameOf(`<title>Welcome to the future of work</title>`, "https://www.kw-gruppe.example/")).not.toContain(
      "future",
    );
  });
});

describe("company name without the page's own words", () => {
  it.each([
    [
      "a pricing page's title",
      `<title>Lindgrau Preise: Deutsch lernen | 4,99 €</title>`,
      "https://www.lindgrau.example/de/preise/",
      "Lindgrau",
    ],
    [
      "a title that calls itself a website",
      `<title>Tannwerk Ltd website</title>`,
      "https://www.tannwerk.example/careers",
      "Tannwerk Ltd",
    ],
    [
      "a contact page's title",
      `<title>Heizwerk-Nord Kontakt</title>`,
      "https://www.heizwerk-nord.example/impressum/",
      "Heizwerk-Nord",
    ],
  ])("%s", (_, head, url, expected) => {
    expect(nameOf(head, url)).toBe(expected);
  });

  it("takes no file name for the logo's alt text", () => {
    const url = "https://velobrand.example/de/team/";
    const doc = parseHtml(
      `<!doctype html><html><head><title>Unser Team</title></head><body><header><a href="/"><img src="/logo.png" alt="logo-velobrand-light"></a></header></body></html>`,
      url,
    );
    expect(companyName(doc, url, undefined)).toBe("Velobrand");
  });
});
