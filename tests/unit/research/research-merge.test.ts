import { describe, expect, it } from "vitest";
import { companyFieldsSchema } from "../../../lib/model/company";
import { mergeResearch } from "../../../lib/research/merge";
import { pageKind, researchPage } from "../../../lib/research/research-page";
import { toCompanyFields } from "../../../lib/research/to-model";
import { siteResearchSchema } from "../../../lib/research/types";
import { loadFixture } from "./fixtures";

describe("researchPage", () => {
  it("never throws: each failing extractor is named in the status", () => {
    const broken = new Proxy(
      {},
      {
        get() {
          throw new Error("detached document");
        },
      },
    ) as Document;
    const result = researchPage(broken, "https://www.brightwave.example/");
    expect(result.status.ok).toBe(false);
    expect(result.status.failed).toEqual(
      expect.arrayContaining(["page", "company", "jobs", "people", "posts", "links"]),
    );
    expect(result.status.errors.company).toBe("detached document");
    expect(result.kind).toBe("home");
    expect(result.company.customers).toEqual([]);
  });

  it.each([
    ["https://www.brightwave.example/", "home"],
    ["https://www.brightwave.example/de/", "home"],
    ["https://www.brightwave.example/index.html", "home"],
    ["https://www.brightwave.example/de/impressum", "impressum"],
    ["https://www.brightwave.example/product/signals", "other"],
    ["https://boards.greenhouse.io/brightwavelabs", "job-board"],
    ["not a url", "other"],
  ])("pageKind(%s) = %s", (url, kind) => {
    expect(pageKind(url)).toBe(kind);
  });
});

describe("mergeResearch", () => {
  const run = (name: string) => {
    const { doc, expected } = loadFixture(name);
    return researchPage(doc, expected.url);
  };
  const site = mergeResearch([
    run("press-funding-de"),
    run("impressum-de"),
    run("about-de"),
    run("careers-de"),
    run("greenhouse-classic"),
  ]);

  it("builds one valid company view", () => {
    expect(() => siteResearchSchema.parse(site)).not.toThrow();
    expect(site.company).toMatchObject({
      name: "Nordlicht Analytics",
      legalName: "Nordlicht Analytics GmbH",
      founded: 2014,
      headquarters: "Hamburg",
    });
    expect(site.company.funding).toEqual([
      expect.objectContaining({
        round: "Series A",
        amount: 12e6,
        currency: "EUR",
        investors: ["Elbe Capital", "Hanse Invest"],
      }),
    ]);
    expect(site.company.addresses).toContain("Speicherstraße 12, 20457 Hamburg, Deutschland");
  });

  it("takes the Impressum from the Impressum page and adds its directors to the people", () => {
    expect(site.impressum?.registerNumber).toBe("HRB 123456");
    const jana = site.people.filter((person) => person.name === "Jana Petersen");
    expect(jana).toHaveLength(1);
    expect(jana[0]?.role).toBe("Gründerin & Geschäftsführerin");
    expect(site.people.map((person) => person.name)).toContain("Dr. Malte Kühn");
  });

  it("unions jobs and signals, newest signals first, and records each page's status", () => {
    expect(site.jobs.map((job) => job.title)).toEqual(
      expect.arrayContaining(["Staff Backend Engineer", "Senior Data Engineer (m/w/d)"]),
    );
    expect(site.signals[0]?.date).toBe("2025-03-14");
    expect(Object.keys(site.status)).toHaveLength(5);
  });
});

describe("toCompanyFields", () => {
  it("maps the merged research onto the data model", () => {
    const run = (name: string) => {
      const { doc, expected } = loadFixture(name);
      return researchPage(doc, expected.url);
    };
    const site = mergeResearch([run("home-en"), run("greenhouse-classic"), run("press-funding-en")]);
    const fields = toCompanyFields(site, { website: "https://www.brightwave.example/", domain: "brightwave.example" });
    expect(companyFieldsSchema.parse(fields)).toMatchObject({
      name: "Brightwave Labs",
      tagline: "Know which accounts will expand before they do",
      sizeBand: "11-50",
      founded: 2019,
      openJobs: 3,
      funding: [expect.objectContaining({ round: "Series A", amount: 18e6 })],
      customers: ["Kestrel Freight", "Juniper Health", "Oakridge Bank"],
    });
  });

  it("keeps the first 20 customers a logo wall names, in the site's order", () => {
    const site = mergeResearch([]);
    site.company.name = "Brightwave Labs";
    site.company.customers = Array.from({ length: 30 }, (_, i) => `Customer Company ${i + 1}`);
    const customers = toCompanyFields(site, { domain: "brightwave.example" }).customers;
    expect(customers).toHaveLength(20);
    expect(customers?.[0]).toBe("Customer Company 1");
    const none = { ...site, company: { ...site.company, customers: [] } };
    expect(toCompanyFields(none, { domain: "brightwave.example" }).customers).toBeUndefined();
  });

  it("names a company its site does not name by the site's domain", () => {
    expect(toCompanyFields(mergeResearch([]), { domain: "brightwave.example" }).name).toBe("brightwave.example");
  });
});
