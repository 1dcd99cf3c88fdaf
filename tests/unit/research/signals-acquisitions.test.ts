import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const news = "https://www.kestrel-systems.example/news/2026/harbor";
const types = (sentence: string, url = news) => extractSignals([sentence], url, "2026-05-04").map((s) => s.type);

describe("a company bought or merged", () => {
  it.each([
    "Kestrel Systems acquires Harbor Analytics to expand its reporting suite.",
    "Kestrel Systems has acquired a majority stake in Harbor Analytics.",
    "Harbor Analytics was acquired by Kestrel Systems in April.",
    "Kestrel Systems completes its acquisition of Harbor Analytics.",
    "Kestrel Systems Announces Agreement to Acquire Harbor Analytics",
    "Kestrel Systems merges with Harbor Analytics to form one provider.",
    "Die Kestrel Systems GmbH übernimmt den Hamburger Softwareanbieter Harbor Analytics.",
    "Kestrel erwirbt die Harbor Analytics GmbH rückwirkend zum 1. Januar.",
    "Mit der Übernahme der Harbor Analytics GmbH wächst Kestrel auf 120 Mitarbeitende.",
  ])("reads %s", (sentence) => {
    expect(types(sentence)).toContain("acquisition");
  });

  it.each([
    "Acquire new customers faster with automated outreach.",
    "We help you acquire more accounts in less time.",
    "Our talent acquisition team reviews every application within a week.",
    "Kestrel, a customer acquisition platform, serves 400 shops.",
    "Kestrel übernimmt die Kosten für Ihre Schulung.",
    "Anna Berg übernimmt die Leitung des Vertriebs bei der Kestrel Systems GmbH.",
    "Anna Berg übernimmt Bereichsleitung bei der Kestrel Systems GmbH",
    "Zum 1. Mai hat Anna Berg die Leitung des Vertriebs bei der Kestrel Systems GmbH übernommen.",
    "Anna Berg kommt von der Harbor GmbH, die 2019 den Hersteller Northwind AG übernommen hatte.",
    "Anna joins from Harbor Analytics, which had acquired Northwind in 2019.",
    "Wir übernehmen Verantwortung für unsere Kunden.",
    "Kestrel joins forces with Harbor through acquisition.",
  ])("reads no purchase in %s", (sentence) => {
    expect(types(sentence)).not.toContain("acquisition");
  });

  it("a bio on a team page tells of a former employer, not of the company's news", () => {
    const bio = "Before joining us, Anna led product at Harbor Analytics, which was acquired by Northwind Group.";
    expect(types(bio, "https://www.kestrel-systems.example/team")).toEqual([]);
  });

  it("a purchase is no round, and its price no amount raised", () => {
    const signals = extractSignals(["Kestrel Systems acquires Harbor Analytics for $20 million."], news, "2026-05-04");
    expect(signals.map((signal) => [signal.type, signal.date, signal.sourceUrl])).toEqual([
      ["acquisition", "2026-05-04", news],
    ]);
  });
});
