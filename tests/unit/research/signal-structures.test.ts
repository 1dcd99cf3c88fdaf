import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const news = "https://www.kranwerk.example/news/update";
const typesOf = (lines: readonly string[], url = news, date?: string, title?: string) =>
  extractSignals(lines, url, date, title).map((signal) => signal.type);

describe("events in prose, not copy that uses their words", () => {
  it.each([
    "Launch your approval workflows in minutes.",
    "Introducing a better way to approve spend before it costs you.",
    "We partner with finance teams to close the books faster.",
    "Book an appointment with our team.",
    "Releases are shipped continuously, so you always have the latest version.",
    "Looking for a partner who understands finance?",
    "Neue Funktion?",
    "Join 2,000 teams who launched faster with Kranwerk.",
    "Kranwerk helps retailers expand into new markets without new headcount.",
    "Partner with us and grow together.",
    "Wir sind Ihr Partner für eine moderne Intralogistik.",
    "Wir suchen gemeinsam mit Ihnen nach der besten Lagerstrategie.",
    "Wir begleiten Ihren Markteintritt in Deutschland mit erfahrenen Beratern.",
    "Die Anmeldung zum Webinar startet am 1. März um 10 Uhr.",
    "Die Verstärkung von Betonbauteilen erfolgt mit Carbonfasern.",
    "A product launch needs a clear owner and a date.",
    "Kranwerk Advisers Ltd is an appointed representative of Lotsen Compliance Ltd.",
    "Over half of controllers said introducing AI into approvals is risky.",
    "Innerhalb vieler Netzwerke arbeitet Kranwerk zusammen mit vielen Anderen an fairer Software.",
  ])("finds no event in: %s", (sentence) => {
    expect(typesOf([sentence], "https://www.kranwerk.example/")).toEqual([]);
  });

  it("finds the banner's launch beside the copy", () => {
    expect(
      typesOf(
        ["New: Kranwerk Flow is now available for all workspaces.", "Ready to launch?"],
        "https://www.kranwerk.example/",
      ),
    ).toEqual(["product-launch"]);
  });
});

describe("events as companies word them", () => {
  it.each([
    ["Kranwerk bringt eine eigene Scan-App für Android-Handhelds auf den Markt.", "product-launch"],
    ["Außerdem launcht das Unternehmen im Sommer ein Modul für Retouren.", "product-launch"],
    [
      "Die Kranwerk GmbH stellt mit Kranwerk Connect eine cloudbasierte Plattform für die Steuerung mittelgroßer Lager vor.",
      "product-launch",
    ],
    ["Kranwerk Labs has opened its first European office in London.", "new-market"],
    ["The company also went live in Spain last month.", "new-market"],
    ["Kranwerk startet in Österreich", "new-market"],
    ["Starting today, Kranwerk is available in Germany with local data hosting.", "new-market"],
    ["Außerdem ist Kranwerk jetzt auch in der Schweiz vertreten.", "new-market"],
    ["Kranwerk Labs has named Dana Whitfield its new chief financial officer.", "leadership-change"],
    ["In addition, Omar Reyes has joined Kranwerk as Vice President of Sales.", "leadership-change"],
    ["Jana Keller verstärkt die Geschäftsführung", "leadership-change"],
    ["Die Gesellschafter haben außerdem Tim Brandt zum weiteren Geschäftsführer bestellt.", "leadership-change"],
    ["Kranwerk Labs and Ledgerly have entered into a strategic collaboration.", "partnership"],
    ["Kranwerk has also joined the Ledgerly Partner Program as a premier integration partner.", "partnership"],
    ["Kranwerk and Ledgerly join forces", "partnership"],
    ["Die Kranwerk GmbH ist ab sofort offizieller Partner der Fährmann Software AG.", "partnership"],
    ["Kranwerk ist zertifizierter SAP-Partner", "partnership"],
    ["Kranwerk is growing its engineering team in Austin and Lisbon.", "hiring"],
  ])("%s", (sentence, type) => {
    expect(typesOf([sentence])).toEqual([type]);
  });

  it("tells a launch in a country as a market, and one in a store or a language as a launch", () => {
    expect(typesOf(["Kranwerk for iOS is now available in the App Store."])).toEqual(["product-launch"]);
    expect(typesOf(["The approval inbox is now available in German and French."])).toEqual(["product-launch"]);
  });

  it("reads a German date split after its day as one sentence", () => {
    const [joined] = extractSignals(
      ["Zum 1. Juli ist Jana Keller in die Geschäftsführung der Kranwerk GmbH eingetreten."],
      news,
      "2025-07-01",
    );
    expect(joined?.quote).toBe("Zum 1. Juli ist Jana Keller in die Geschäftsführung der Kranwerk GmbH eingetreten.");
    expect(typesOf(["Anna Falk übernimmt zum 1. Januar die Geschäftsführung."])).toEqual(["leadership-change"]);
  });
});

describe("events by the kind of page", () => {
  it("takes none from a case study: they are the customer's", () => {
    const lines = [
      "Last year Ridgeway expanded into Indiana and launched an online store.",
      "The company appointed a new CFO who chose Kranwerk to standardise approvals.",
    ];
    expect(typesOf(lines, "https://www.kranwerk.example/customers/ridgeway")).toEqual([]);
  });

  it("takes only hiring from a job ad", () => {
    const lines = [
      "As our new Head of Sales you will build the team.",
      "You will report to our CEO and be appointed to the leadership team.",
      "We're hiring for this role in Austin or remote.",
    ];
    expect(typesOf(lines, "https://www.kranwerk.example/careers/head-of-sales")).toEqual(["hiring"]);
  });

  it("takes no launches of former employers from a team page's bios", () => {
    const lines = [
      "Dana joined Kranwerk as Chief Financial Officer in 2021.",
      "Before Kranwerk, she led finance at Halden Bank, where she launched its payments unit and expanded into Canada.",
    ];
    expect(extractSignals(lines, "https://www.kranwerk.example/team")).toMatchObject([
      { type: "leadership-change", date: "2021" },
    ]);
  });

  it("tells a job ad's leadership role from a change", () => {
    expect(typesOf(["Als neuer Geschäftsführer (m/w/d) verantworten Sie den Vertrieb."])).toEqual([]);
  });
});

describe("the date of an event", () => {
  it("is a teaser's date line on a news list without a date of its own", () => {
    const signals = extractSignals(
      [
        "June 2, 2025",
        "Kranwerk Labs opens a new office in London to serve UK customers.",
        "May 20, 2025",
        "Kranwerk Insights is now generally available for all Growth customers.",
      ],
      "https://www.kranwerk.example/news",
    );
    expect(signals.map((signal) => [signal.type, signal.date])).toEqual([
      ["new-market", "2025-06-02"],
      ["product-launch", "2025-05-20"],
    ]);
  });

  it("is a timeline's year", () => {
    const signals = extractSignals(
      ["2016", "Launch of Kranwerk 1.0 for mid-sized finance teams.", "2023 – Kranwerk expands to the UK."],
      "https://www.kranwerk.example/about",
    );
    expect(signals.map((signal) => signal.date)).toEqual(["2016", "2023"]);
  });

  it("is an earlier year the sentence names, not the post's", () => {
    const [signal] = extractSignals(
      ["In 2019, we opened our first office in Lisbon, and it has grown ever since."],
      "https://www.kranwerk.example/blog/lisbon-story",
      "2025-05-16",
    );
    expect(signal).toMatchObject({ type: "new-market", date: "2019" });
  });

  it("is the page's when the sentence tells of today, whatever year it names", () => {
    const [signal] = extractSignals(
      ["Kranwerk, founded in 2014, today opened its first office in Lisbon."],
      "https://www.kranwerk.example/news/lisbon",
      "2025-06-02",
    );
    expect(signal?.date).toBe("2025-06-02");
  });
});

describe("a company that says it takes no rounds", () => {
  it.each([
    "Wir leben von dem, was Kunden für Kranwerk bezahlen, nicht von der nächsten Finanzierungsrunde.",
    "Kranwerk is bootstrapped and has never raised a funding round.",
    "We grew to 40 people without outside funding and closed every year profitable.",
    "Kranwerk ist unabhängig: kein Risikokapital, keine Investoren, keine Finanzierungsrunde.",
  ])("%s", (sentence) => {
    expect(typesOf([sentence], news, "2026-05-04")).not.toContain("funding");
  });

  it("still reads a round told beside words of denial", () => {
    expect(
      typesOf(["Kranwerk raised not only €4 Mio. in a seed round led by Elbe Ventures."], news, "2026-05-04"),
    ).toEqual(["funding"]);
    expect(
      typesOf(
        ["Kranwerk sichert sich 4 Mio. Euro in einer Finanzierungsrunde unter Führung von Elbe Ventures."],
        news,
        "2026-05-04",
      ),
    ).toEqual(["funding"]);
  });
});
