import { describe, expect, it } from "vitest";
import { readPage } from "../../../lib/research/page";
import { sentences, textLines } from "../../../lib/research/text";
import { parseHtml } from "./fixtures";

describe("textLines", () => {
  it("breaks at blocks and <br>, skips scripts, styles and hidden parts", () => {
    const doc = parseHtml(
      `<body><p>Nordlicht <b>Analytics</b> GmbH<br>Speicherstraße&nbsp;12</p><script>var x = 1</script>
       <style>p{}</style><div hidden>secret</div><ul><li>Eins</li><li>Zwei</li></ul></body>`,
      "https://x.example/",
    );
    expect(textLines(doc.body)).toEqual(["Nordlicht Analytics GmbH", "Speicherstraße 12", "Eins", "Zwei"]);
  });

  it("skips what an inline style hides: a decoy in an address is not read into it", () => {
    const doc = parseHtml(
      `<body><p>E-Mail: kontakt@<span style="display: none">decoy</span>nordlicht.example</p>
       <p style="color:red;DISPLAY:none">versteckt</p><p style="display:block">sichtbar</p></body>`,
      "https://x.example/",
    );
    expect(textLines(doc.body)).toEqual(["E-Mail: kontakt@nordlicht.example", "sichtbar"]);
  });

  it("puts a bold heading glued to the text after it on a line of its own, not bold words in a sentence", () => {
    const doc = parseHtml(
      `<body><p><strong>Kranich Robotik GmbH &amp; Co. KG</strong>Hafenweg 3<br>20457 Hamburg</p>
       <p><b>Bankverbindung</b>Sparkasse Nord</p><p><b>Telefon:</b>040 1234</p>
       <p>Wir sind <b>Marktführer</b>. Das <strong>Team</strong> wächst, <b>seit 2019</b>Tag für Tag, <b>Daten</b>schutz.</p></body>`,
      "https://x.example/",
    );
    expect(textLines(doc.body)).toEqual([
      "Kranich Robotik GmbH & Co. KG",
      "Hafenweg 3",
      "20457 Hamburg",
      "Bankverbindung",
      "Sparkasse Nord",
      "Telefon:",
      "040 1234",
      "Wir sind Marktführer. Das Team wächst, seit 2019Tag für Tag, Datenschutz.",
    ]);
  });
});

describe("sentences", () => {
  it("splits at sentence ends but not after abbreviations", () => {
    expect(sentences("Wir sammeln 12 Mio. Euro ein. Dr. Kühn ist CTO! Ist das gut? Ja.")).toEqual([
      "Wir sammeln 12 Mio. Euro ein.",
      "Dr. Kühn ist CTO!",
      "Ist das gut?",
      "Ja.",
    ]);
  });

  it("does not end a sentence at a day before its month", () => {
    expect(sentences("Hamburg, 12. März 2026 – Kranwerk eröffnet ein Büro. Am 3. Mai folgt Wien.")).toEqual([
      "Hamburg, 12. März 2026 – Kranwerk eröffnet ein Büro.",
      "Am 3. Mai folgt Wien.",
    ]);
  });
});

describe("readPage", () => {
  const html = `<!doctype html><html lang="en-GB"><head><title>Fallback title</title>
    <meta property="og:title" content="Brightwave raises $18M">
    <meta name="twitter:card" content="summary"><meta property="og:type" content="article">
    <link rel="canonical" href="/press/series-a"></head>
    <body><nav>Menu</nav><article><h1>Brightwave raises $18M</h1><p class="byline">By Maya Okafor</p>
    <p>${"Brightwave Labs announced a new round of funding today to grow its team across Europe. ".repeat(8)}</p></article></body></html>`;

  it("reads metadata and the main text without changing the document", () => {
    const doc = parseHtml(html, "https://www.brightwave.example/press/series-a?utm_source=x");
    const before = [doc.querySelectorAll("*").length, doc.body.textContent];
    const { meta, mainLines } = readPage(doc, "https://www.brightwave.example/press/series-a?utm_source=x");
    expect(meta).toMatchObject({
      title: "Brightwave raises $18M",
      lang: "en",
      canonicalUrl: "https://www.brightwave.example/press/series-a",
      twitter: { "twitter:card": "summary" },
    });
    expect(mainLines.join(" ")).toContain("announced a new round of funding");
    expect(mainLines).not.toContain("Menu");
    expect([doc.querySelectorAll("*").length, doc.body.textContent]).toEqual(before);
  });

  it("guesses the language when none is declared", () => {
    const doc = parseHtml(
      "<body><p>Wir sind ein Team aus Hamburg und wir helfen dem Mittelstand mit Daten, die für die Praxis gemacht sind und nicht für das Labor.</p></body>",
      "https://x.example/",
    );
    expect(readPage(doc, "https://x.example/").meta.lang).toBe("de");
  });
});
