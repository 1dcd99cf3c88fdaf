import { describe, expect, test } from "vitest";
import { foldGerman, foldText, matchesQuery, parseQuery, searchTextOf } from "@/lib/queue";

const finds = (text: string, query: string) => matchesQuery(searchTextOf([text]), parseQuery(query));

describe("folding", () => {
  test("drops case and accents", () => {
    expect(foldText("José Núñez-Čapek")).toBe("jose nunez-capek");
    expect(foldText("ÅSA LINDSTRÖM")).toBe("asa lindstrom");
  });
  test("spells out letters without a base letter", () => {
    expect(foldText("Straße")).toBe("strasse");
    expect(foldText("Søren Łukasz")).toBe("soren lukasz");
  });
  test("German transliteration writes umlauts as two letters", () => {
    expect(foldGerman("Müller")).toBe("mueller");
    expect(foldGerman("Jörg Bäcker")).toBe("joerg baecker");
    expect(foldGerman("GRÜN")).toBe("gruen");
  });
});

describe("search", () => {
  test("an umlaut name is found by every common spelling", () => {
    for (const query of ["mueller", "muller", "Müller", "MÜLLER", "müll", "mue"]) {
      expect(finds("Katrin Müller", query), query).toBe(true);
    }
  });
  test("a name written without umlaut is found by its umlaut spelling", () => {
    expect(finds("Katrin Mueller", "müller")).toBe(true);
    expect(finds("Katrin Muller", "müller")).toBe(true);
  });
  test("accents are ignored both ways", () => {
    expect(finds("Zoë Dupré", "zoe dupre")).toBe(true);
    expect(finds("Zoe Dupre", "zoë")).toBe(true);
    expect(finds("Großmann", "grossmann")).toBe(true);
  });
  test("every word must be found, in any field and any order", () => {
    const text = searchTextOf(["Jonas Weber", "Kranich Logistik", "CTO"]);
    expect(matchesQuery(text, parseQuery("cto weber"))).toBe(true);
    expect(matchesQuery(text, parseQuery("cto meier"))).toBe(false);
  });
  test("an empty or blank query matches everything", () => {
    expect(parseQuery("   ")).toEqual([]);
    expect(finds("Anyone", "")).toBe(true);
  });
  test("missing fields are skipped", () => {
    expect(searchTextOf(["Lena", undefined, "  "])).toBe("lena");
  });
});
