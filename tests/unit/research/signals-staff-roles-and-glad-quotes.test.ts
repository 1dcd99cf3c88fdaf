import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel-network.example/news/2026/update";
const types = (sentence: string) => extractSignals([sentence], url, "2026-03-02").map((signal) => signal.type);

describe("a staff role filled is no leadership change", () => {
  it.each([
    "Kestrel Network has appointed Tom Hale as its talent acquisition analyst and community leader for recruiting.",
    "Kestrel appointed Tom Hale as its lead engineer.",
    "Kestrel has appointed Mia Stone as a research associate.",
  ])("reads none in %s", (sentence) => {
    expect(types(sentence)).not.toContain("leadership-change");
  });

  it.each([
    "Kestrel Network has appointed Tom Hale as its new Chief Revenue Officer.",
    "Kestrel appointed Tom Hale as Vice President of Sales.",
    "Kestrel appointed Tom Hale as Executive Director.",
    "Kestrel appointed Mia Stone as Director of Engineering and head of the analyst team.",
  ])("still reads a leading role in %s", (sentence) => {
    expect(types(sentence)).toContain("leadership-change");
  });
});

describe("a quote glad to work with the company is no partnership", () => {
  it("reads none in a member's quote", () => {
    const quote = "“We are excited to partner with Kestrel as we continue to set the standard for safe products.”";
    expect(types(quote)).not.toContain("partnership");
    const said = "“We are thrilled to partner with Kestrel,” said Anna Berg, CEO of Harbor Farms.";
    expect(types(said)).not.toContain("partnership");
  });

  it("still reads a partnership the company announces", () => {
    expect(types("Kestrel is excited to partner with Harbor Bank on instant payouts.")).toContain("partnership");
    expect(types("Kestrel announced a partnership with Harbor Bank.")).toContain("partnership");
  });
});
