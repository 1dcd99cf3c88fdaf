import { describe, expect, it } from "vitest";
import { extractJobs } from "../../../lib/research/jobs";
import { parseHtml } from "./fixtures";

/** Job postings in JSON-LD: places and employment types as a reader would write them. */

function jobs(postings: unknown[], url: string) {
  const ld = JSON.stringify({ "@context": "https://schema.org", "@graph": postings });
  const html = `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body><h1>Karriere</h1></body></html>`;
  return extractJobs(parseHtml(html, url), url).map(({ title, location, employmentType }) => ({
    title,
    location,
    employmentType,
  }));
}

const place = (city: string) => ({
  "@type": "Place",
  address: { "@type": "PostalAddress", addressLocality: city, addressCountry: "DE" },
});

describe("json-ld job postings", () => {
  it("names every place of a posting open in several, and schema.org's employment codes in words", () => {
    const found = jobs(
      [
        {
          "@type": "JobPosting",
          title: "Vertriebsberater (m/w/d)",
          jobLocation: [place("Soest"), place("Lippstadt")],
          employmentType: "FULL_TIME",
        },
        {
          "@type": "JobPosting",
          title: "Lagerhelfer (m/w/d)",
          jobLocation: place("Soest"),
          employmentType: ["PART_TIME", "TEMPORARY"],
        },
        {
          "@type": "JobPosting",
          title: "Werkstudent Marketing",
          jobLocation: place("Werl"),
          employmentType: "Werkstudent",
        },
        { "@type": "JobPosting", title: "Initiativbewerbung", jobLocation: place("Soest"), employmentType: "OTHER" },
      ],
      "https://www.hellweg-technik.example/karriere",
    );
    expect(found).toEqual([
      { title: "Vertriebsberater (m/w/d)", location: "Soest, Lippstadt", employmentType: "Full-time" },
      { title: "Lagerhelfer (m/w/d)", location: "Soest, DE", employmentType: "Part-time, Temporary" },
      { title: "Werkstudent Marketing", location: "Werl, DE", employmentType: "Werkstudent" },
    ]);
  });
});
