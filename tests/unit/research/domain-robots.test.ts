import { describe, expect, it } from "vitest";
import { registrableDomain, sameSite } from "../../../lib/research/domain";
import { isAllowed, parseRobotsTxt } from "../../../lib/research/robots";

describe("registrableDomain", () => {
  it.each([
    ["https://www.nordlicht-analytics.de/ueber-uns", "nordlicht-analytics.de"],
    ["https://jobs.brightwave.co.uk/", "brightwave.co.uk"],
    ["https://shop.alpenglanz.co.at", "alpenglanz.co.at"],
    ["https://verein.or.at/impressum", "verein.or.at"],
    ["https://a.b.ferncliff.com.au/x", "ferncliff.com.au"],
    ["brightwave.example", "brightwave.example"],
    ["http://localhost:3000/", "localhost"],
    ["http://192.168.0.10/", "192.168.0.10"],
    ["https://kranich-robotik.vercel.app/team", "kranich-robotik.vercel.app"],
    ["https://docs.moewe-logistik.github.io/", "moewe-logistik.github.io"],
    ["https://seeadler.web.app/", "seeadler.web.app"],
    ["https://github.io/", "github.io"],
  ])("%s → %s", (input, domain) => {
    expect(registrableDomain(input)).toBe(domain);
  });

  it("is undefined for nonsense", () => {
    expect(registrableDomain("http://")).toBeUndefined();
  });

  it("compares sites, not hosts", () => {
    expect(sameSite("https://www.brightwave.co.uk/a", "https://blog.brightwave.co.uk/b")).toBe(true);
    expect(sameSite("https://brightwave.co.uk", "https://other.co.uk")).toBe(false);
    // Two companies' sites on one host's domain are two sites.
    expect(sameSite("https://kranich.netlify.app/", "https://moewe.netlify.app/jobs")).toBe(false);
    expect(sameSite("https://kranich.netlify.app/", "https://kranich.netlify.app/jobs")).toBe(true);
  });
});

describe("robots.txt", () => {
  const rules = parseRobotsTxt(`
# comments are ignored
User-agent: Googlebot
Disallow: /

User-agent: *
Disallow: /private/
Allow: /private/press-kit
Disallow: /*.pdf$
Disallow: /search?
Disallow:

Sitemap: https://www.brightwave.example/sitemap.xml
`);

  it("reads only the * group and the sitemaps", () => {
    expect(rules.disallow).toEqual(["/private/", "/*.pdf$", "/search?"]);
    expect(rules.allow).toEqual(["/private/press-kit"]);
    expect(rules.sitemaps).toEqual(["https://www.brightwave.example/sitemap.xml"]);
  });

  it.each([
    ["/about", true],
    ["/private/notes", false],
    ["/private/press-kit/logo.png", true],
    ["/files/deck.pdf", false],
    ["/files/deck.pdf?v=2", true],
    ["/search?q=x", false],
  ])("%s allowed: %s", (path, allowed) => {
    expect(isAllowed(rules, path)).toBe(allowed);
  });

  it("allows everything without rules and handles agents listed together", () => {
    expect(isAllowed(parseRobotsTxt(""), "/x")).toBe(true);
    const grouped = parseRobotsTxt("User-agent: foo\nUser-agent: *\nDisallow: /tmp");
    expect(isAllowed(grouped, "/tmp/a")).toBe(false);
  });
});
