import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jobBoardHosts, kindRules } from "../../../lib/research/link-kinds";
import { firstMatching, regexSet, whichOf } from "../../../lib/research/regex-set";

describe("regexSet", () => {
  it("tells which expression matched, whatever groups each has", () => {
    const set = regexSet([/^(a|b)(c)?$/, /^x$/, /^(?:y)(z)$/], "");
    expect(firstMatching(set, "b")).toBe(0);
    expect(firstMatching(set, "x")).toBe(1);
    expect(firstMatching(set, "yz")).toBe(2);
    expect(firstMatching(set, "q")).toBe(-1);
    const all = regexSet([/\b(cat)\b/, /dog(s)?/], "gi");
    expect([..."Dogs and a CAT".matchAll(all.pattern)].map((match) => whichOf(all, match))).toEqual([1, 0]);
  });

  it("finds the first matching page kind as the kinds one by one do, for slugs and link texts", () => {
    const words = fc.constantFrom(
      "about",
      "about-us",
      "über-uns",
      "team",
      "careers",
      "career",
      "jobs",
      "job",
      "karriere",
      "pricing",
      "preise",
      "kunden",
      "press",
      "news",
      "blog",
      "impressum",
      "legal",
      "company",
      "people",
      "join",
      "x",
      "-",
      " ",
      "us",
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 3 }), fc.boolean(), (parts, upper) => {
        const text = upper ? parts.join("").toUpperCase() : parts.join("");
        const segments = regexSet(
          kindRules.map((rule) => rule.segment),
          "",
        );
        const texts = regexSet(
          kindRules.map((rule) => rule.text),
          "i",
        );
        expect(firstMatching(segments, text)).toBe(kindRules.findIndex((rule) => rule.segment.test(text)));
        expect(firstMatching(texts, text)).toBe(kindRules.findIndex((rule) => rule.text.test(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it("knows a job board host as the hosts one by one do", () => {
    const hosts = regexSet(jobBoardHosts, "");
    for (const host of [
      "kranich.jobs.personio.de",
      "boards.greenhouse.io",
      "job-boards.eu.greenhouse.io",
      "jobs.lever.co",
      "apply.workable.com",
      "jobs.ashbyhq.com",
      "kranich.recruitee.com",
      "join.com",
      "www.join.com",
      "greenhouse.io",
      "www.kranich-robotik.example",
    ]) {
      expect(firstMatching(hosts, host) >= 0, host).toBe(jobBoardHosts.some((board) => board.test(host)));
    }
  });
});
