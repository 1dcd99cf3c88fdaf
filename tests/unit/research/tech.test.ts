import { describe, expect, it } from "vitest";
import { researchPage } from "../../../lib/research/research-page";
import { detectTechnologies, minConfidence } from "../../../lib/research/tech";
import { pageResearchSchema } from "../../../lib/research/types";
import { euSnippetSite, page, plainPage, saasSite, shopifySite, wordpressSite } from "./tech-pages";

const names = (doc: Document, url: string, headers?: Record<string, string>) =>
  detectTechnologies(doc, url, headers).map((detection) => detection.name);

describe("detectTechnologies", () => {
  it("recognises the marketing stack of a SaaS site from its snippets", () => {
    const found = names(saasSite, "https://www.kestrelpath.example/");
    for (const tool of [
      "Google Tag Manager",
      "HubSpot",
      "Intercom",
      "Stripe",
      "Optimizely",
      "OneTrust",
      "Marketo",
      "Greenhouse",
    ]) {
      expect(found).toContain(tool);
    }
  });

  it("recognises tools that load by inline snippets or from their EU hosts", () => {
    const found = names(euSnippetSite, "https://www.wattwerk.example/");
    for (const tool of [
      "HubSpot",
      "Microsoft Clarity",
      "Plausible",
      "Matomo Analytics",
      "Pardot",
      "CookieHub",
      "Pipedrive",
      "Crisp Live Chat",
      "Drift",
    ]) {
      expect(found).toContain(tool);
    }
  });

  it("reports confidence, categories and version", () => {
    const detections = detectTechnologies(wordpressSite, "https://www.muehlbach-garten.example/");
    expect(detections.find((detection) => detection.name === "WordPress")).toEqual({
      name: "WordPress",
      confidence: 100,
      categories: ["CMS"],
      version: "6.5.2",
    });
    expect(detections.map((detection) => detection.name)).toEqual(
      expect.arrayContaining(["Cookiebot", "Personio", "WordPress"]),
    );
  });

  it("recognises a Shopify store", () => {
    expect(names(shopifySite, "https://fjordlys.example/")).toContain("Shopify");
  });

  it("reads hosting and CDN from response headers, and applies what they imply", () => {
    const cloudflare = names(plainPage, "https://lindqvist.example/", {
      server: "cloudflare",
      "cf-ray": "8a1b2c3d4e-FRA",
    });
    expect(cloudflare).toEqual(["Cloudflare"]);
    const vercel = detectTechnologies(plainPage, "https://lindqvist.example/", {
      server: "Vercel",
      "x-vercel-id": "fra1::abcde-1700000000000",
      "x-powered-by": "Next.js",
    });
    expect(vercel.map((detection) => detection.name)).toEqual(["Next.js", "React", "Vercel"]);
  });

  it("finds nothing on a page without third-party tools", () => {
    expect(names(plainPage, "https://lindqvist.example/")).toEqual([]);
  });

  it("does not count a single weak hint, nor the same hint repeated", () => {
    // Mailchimp's e-mail field id alone is worth 20: many sign-up forms use that id.
    expect(names(page("", '<input type="email" id="mc-email">'), "https://a.example/")).toEqual([]);
    const oneHint = '<link rel="stylesheet" href="/web/css/web.assets_common/x.css">';
    expect(names(page(oneHint.repeat(3)), "https://b.example/")).toEqual([]);
    // Two different weak hints of the same tool (25 + 25) reach the threshold.
    const twoHints = `${oneHint}<script src="/web/js/web.assets_common/y.js"></script>`;
    expect(detectTechnologies(page(twoHints), "https://b.example/")).toEqual([
      expect.objectContaining({ name: "Odoo", confidence: minConfidence }),
    ]);
  });

  it("requires what a technology depends on", () => {
    const woo = '<script src="/shop/js/woocommerce.min.js"></script>';
    expect(names(page(woo), "https://c.example/")).not.toContain("WooCommerce");
    const withWordPress = names(page(`${woo}<meta name="generator" content="WordPress 6.4">`), "https://c.example/");
    expect(withWordPress).toEqual(expect.arrayContaining(["WooCommerce", "WordPress"]));
  });
});

describe("researchPage with technologies", () => {
  it("fills company.technologies and the detections, headers included", () => {
    const result = researchPage(saasSite, "https://www.kestrelpath.example/", { headers: { server: "cloudflare" } });
    expect(result.status.errors).toEqual({});
    expect(result.company.technologies).toEqual(expect.arrayContaining(["HubSpot", "Cloudflare"]));
    expect(result.techDetections?.map((detection) => detection.name)).toEqual(result.company.technologies);
    expect(result.techDetections?.every((detection) => detection.confidence >= minConfidence)).toBe(true);
    expect(() => pageResearchSchema.parse(result)).not.toThrow();
  });
});

describe("the markup a page was parsed from", () => {
  it("is read for the markup patterns instead of the document serialised again, with the same findings", () => {
    const url = "https://www.kestrelpath.example/";
    const markup = saasSite.documentElement.outerHTML;
    const fromDocument = detectTechnologies(saasSite, url);
    expect(detectTechnologies(saasSite, url, undefined, markup)).toEqual(fromDocument);
    // The markup alone decides the markup patterns: a source with Webflow's site attribute is a Webflow site.
    const webflow = '<html data-wf-site="64a1f0c2"><head></head><body><p>Lindqvist</p></body></html>';
    const onlyInMarkup = detectTechnologies(plainPage, "https://lindqvist.example/", undefined, webflow);
    expect(onlyInMarkup.map((detection) => detection.name)).toEqual(["Webflow"]);
    expect(researchPage(plainPage, "https://lindqvist.example/", { markup: webflow }).company.technologies).toEqual([
      "Webflow",
    ]);
  });
});
