import { describe, expect, test } from "vitest";
import {
  canonicalCompanyUrl,
  canonicalProfileUrl,
  isCompanyWebsite,
  isLinkedInCompany,
  isLinkedInOther,
  isLinkedInProfile,
  type PagePredicate,
} from "@/lib/pages";

const predicates: Record<string, PagePredicate> = {
  isLinkedInProfile,
  isLinkedInCompany,
  isLinkedInOther,
  isCompanyWebsite,
};

describe("page predicates", () => {
  for (const [name, predicate] of Object.entries(predicates)) {
    test(`${name} accepts its own examples and rejects the others'`, () => {
      for (const url of predicate.examples) expect(predicate(url), url).toBe(true);
      for (const [otherName, other] of Object.entries(predicates)) {
        if (otherName === name) continue;
        for (const url of other.examples) expect(predicate(url), `${name} on ${url}`).toBe(false);
      }
    });
  }

  test("garbage and non-web addresses match nothing", () => {
    for (const url of ["", "not a url", "chrome-extension://abc/popup.html", "ftp://www.linkedin.com/in/x/"]) {
      for (const predicate of Object.values(predicates)) expect(predicate(url)).toBe(false);
    }
  });

  test("look-alike hosts are not LinkedIn", () => {
    expect(isLinkedInProfile("https://www.linkedin.com.evil.example/in/lena/")).toBe(false);
    expect(isLinkedInProfile("https://notlinkedin.com/in/lena/")).toBe(false);
    expect(isLinkedInProfile("http://www.linkedin.com/in/lena/")).toBe(false);
  });
});

describe("canonical addresses", () => {
  test("every view and subdomain of a profile has one canonical address", () => {
    for (const url of isLinkedInProfile.examples) {
      expect(canonicalProfileUrl(url)).toBe("https://www.linkedin.com/in/lena-hoffmann-4a1b2c/");
    }
  });

  test("case and percent-encoding do not split one person into two", () => {
    expect(canonicalProfileUrl("https://www.linkedin.com/in/J%C3%BCrgen-M%C3%BCller/")).toBe(
      canonicalProfileUrl("https://www.linkedin.com/in/jürgen-müller"),
    );
  });

  test("company tabs share the company's address", () => {
    for (const url of isLinkedInCompany.examples) {
      expect(canonicalCompanyUrl(url)).toBe("https://www.linkedin.com/company/nordlicht-analytics/");
    }
  });

  test("pages that are not a profile or company have no canonical address", () => {
    expect(canonicalProfileUrl("https://www.linkedin.com/feed/")).toBeUndefined();
    expect(canonicalCompanyUrl("https://www.linkedin.com/in/lena/")).toBeUndefined();
  });
});
