import { describe, expect, it } from "vitest";
import Wappalyzer, { type Detection, type PageInput } from "wappalyzer-core";
import { analyzeInput } from "../../../lib/research/tech-analyze";
import { techEngine } from "../../../lib/research/tech-data";
import { pageInput } from "../../../lib/research/tech-inputs";
import { plainPage, saasSite, shopifySite, wordpressSite } from "./tech-pages";

const seen = (detections: readonly Detection[]) =>
  detections.map(({ technology, pattern, version }) => `${technology.name} ${pattern.value} ${version}`);

/** An input holding every pattern's own text: patterns often match themselves, so most technologies are hit. */
function selfMatchingInput(): PageInput {
  const { technologies } = techEngine().inputRules;
  const keyed = (kind: "meta" | "headers" | "cookies") => {
    const values: Record<string, string[]> = {};
    for (const technology of technologies) {
      for (const [key, patterns] of Object.entries(technology[kind])) {
        values[key] = [...(values[key] ?? []), ...patterns.map((pattern) => pattern.value)];
      }
    }
    return values;
  };
  return {
    url: "https://www.example.com/wp-content/index.php?shopify=1",
    html: "",
    scripts: technologies.flatMap((technology) => technology.scripts.map((pattern) => pattern.value)),
    meta: keyed("meta"),
    headers: keyed("headers"),
    cookies: keyed("cookies"),
  };
}

describe("analyzeInput", () => {
  const inputs: [string, () => PageInput][] = [
    ["a SaaS site", () => pageInput(saasSite, "https://www.kestrelpath.example/")],
    ["a WordPress site", () => pageInput(wordpressSite, "https://www.muehlbach-garten.example/")],
    ["a Shopify store", () => pageInput(shopifySite, "https://fjordlys.myshopify.com/")],
    [
      "a plain page behind a CDN",
      () =>
        pageInput(plainPage, "https://lindqvist.example/", {
          server: "cloudflare",
          "x-powered-by": "Next.js",
          "set-cookie": "_ga=1, OptanonConsent=x, __cf_bm=2",
        }),
    ],
    ["every pattern's own text", selfMatchingInput],
  ];

  it.each(inputs)("finds what the engine finds, in its order, on %s", (_name, input) => {
    const { inputRules } = techEngine();
    const expected = seen(Wappalyzer.analyze(input()));
    expect(seen(analyzeInput(input(), inputRules))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it.each([
    "https://crm.activehosted.com/f/12",
    "https://lindqvist.jimdo.com/kontakt",
    "https://kestrel.herokuapp.com/",
    "https://lindqvist.github.io/docs",
    "https://www.muehlbach-garten.example/cart",
    "https://www.muehlbach-garten.example/index.cfm?page=2",
    "https://www.muehlbach-garten.example/Default.ASPX",
    "https://kestrel.netlify.app/",
    "https://sites.google.com/view/lindqvist",
    "https://www.muehlbach-garten.example/index.php?option=com_content",
  ])("finds what the engine finds from the address %s", (url) => {
    const input = pageInput(plainPage, url);
    const expected = seen(Wappalyzer.analyze(input));
    expect(seen(analyzeInput(input, techEngine().inputRules))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it("finds nothing without scripts, meta tags, headers or cookies", () => {
    const input = pageInput(plainPage, "https://lindqvist.example/");
    expect(seen(analyzeInput(input, techEngine().inputRules))).toEqual(seen(Wappalyzer.analyze(input)));
  });
});
