import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

/** Locations a franchise or a chain opens, launches told with gladness, and dates a post's address or a list line gives. */

const url = "https://www.kranichspa.example/blog/news";
const types = (lines: string[]) => extractSignals(lines, url, "2025-03-23").map((signal) => signal.type);

describe("locations opened", () => {
  it("reads a location named before the word opened", () => {
    expect(
      types(["Early in 2024, our location in Lindenau, Saxony opened, bringing our treatments to new guests."]),
    ).toContain("new-market");
  });

  it("reads the opening of a second location in a town", () => {
    expect(
      types([
        "Our franchisees Lena and Jonas Hoffmann recently celebrated the opening of their second location in Weimar.",
      ]),
    ).toContain("new-market");
  });

  it("reads new locations named by their towns", () => {
    expect(
      types(["We are also delighted to announce agreements for new Kranich locations in Erfurt and Jena."]),
    ).toContain("new-market");
  });

  it("reads a German company present in new regions from now on", () => {
    expect(
      types([
        "Wir freuen uns, bekannt zu geben, dass Kranich ab sofort in den Regionen Heidelberg und Mannheim aktiv vertreten ist.",
      ]),
    ).toContain("new-market");
  });

  it("reads no market in openings without a place or told as the company's start", () => {
    expect(
      types(["From the opening of new locations to additions to our team, we are eager to share the highlights."]),
    ).not.toContain("new-market");
    expect(
      types(["Since opening our first store in Leipzig in 2009, we have served thousands of guests."]),
    ).not.toContain("new-market");
    expect(types(["Our stores are open on Sundays at all locations in Saxony."])).not.toContain("new-market");
  });
});

describe("launches told with gladness", () => {
  it("reads a concept the company is excited to introduce", () => {
    expect(types(["We are excited to introduce Welle by Kranich, a smaller spa concept for city centres."])).toContain(
      "product-launch",
    );
  });

  it("reads no launch in people introduced", () => {
    expect(types(["We are excited to introduce our new team members Lena and Jonas."])).not.toContain("product-launch");
    expect(types(["We are excited to introduce you to our spa concept."])).not.toContain("product-launch");
  });
});

describe("dates beside the text", () => {
  it("dates a post's events by the day its address names when the page gives none", () => {
    const post = "https://www.kranichspa.example/blog/2025/01/04/our-year-in-review";
    const found = extractSignals(["Kranich has appointed Lena Hoffmann as Chief Operating Officer."], post);
    expect(found.map((signal) => signal.date)).toEqual(["2025-01-04"]);
  });

  it("dates a heading by the date line below it", () => {
    const found = extractSignals(
      [
        "Press releases",
        "Kranich eröffnet neuen Standort in Suhl",
        "2025",
        "Kranich bezieht das frühere Gründerzentrum.",
      ],
      "https://www.kranichspa.example/presse",
    );
    expect(found.map((signal) => [signal.type, signal.date])).toEqual([["new-market", "2025"]]);
  });

  it("keeps the date line above a heading when the next entry's date follows it", () => {
    const found = extractSignals(
      [
        "Press releases",
        "March 3, 2025",
        "Kranich eröffnet neuen Standort in Suhl",
        "June 9, 2025",
        "Kranich eröffnet neuen Standort in Gotha",
      ],
      "https://www.kranichspa.example/presse",
    );
    expect(found.map((signal) => signal.date)).toEqual(["2025-03-03", "2025-06-09"]);
  });
});
