import { describe, expect, it } from "vitest";
import { researchPage } from "../../../lib/research/research-page";

describe("researchPage status", () => {
  it("names failing extractors in the order the page is read, with their messages", () => {
    const broken = new Proxy(
      {},
      {
        get() {
          throw new Error("detached document");
        },
      },
    ) as Document;
    const { status } = researchPage(broken, "https://www.brightwave.example/");
    expect(status.failed).toEqual(FAILED);
    expect(Object.keys(status.errors)).toEqual(FAILED);
    expect(Object.values(status.errors).every((message) => message === "detached document")).toBe(true);
  });
});

// Every extractor that reads the document fails on a broken one; they are named in reading order.
const FAILED = ["page", "company", "technologies", "jobs", "tagline", "impressum", "people", "posts", "links"];
