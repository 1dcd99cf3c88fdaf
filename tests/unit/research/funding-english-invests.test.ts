import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.brightwave-news.example/news/round";
const rounds = (line: string, page = url) =>
  extractSignals([line], page, "2026-04-14")
    .filter((signal) => signal.type === "funding")
    .map((signal) => signal.funding);

describe("an investor investing, told with the English verb", () => {
  it("reads the amount and the investor named before „invests … in“ a company", () => {
    expect(rounds("Northwind Ventures invests $4M in Kestrel Labs to expand its logistics platform.")).toEqual([
      expect.objectContaining({ amount: 4_000_000, currency: "USD", investors: ["Northwind Ventures"] }),
    ]);
    expect(rounds("Harbor Capital invested €2.5 million in Kestrel Robotics.")).toEqual([
      expect.objectContaining({ amount: 2_500_000, currency: "EUR", investors: ["Harbor Capital"] }),
    ]);
  });

  it("reads a headline in title case", () => {
    expect(rounds("Northwind Capital Invests $4M In Kestrel Labs")).toEqual([
      expect.objectContaining({ amount: 4_000_000, investors: ["Northwind Capital"] }),
    ]);
  });

  it("reads no round where a company spends on its own plans", () => {
    expect(rounds("Brightwave invests $4M in its new plant in Ohio.")).toEqual([]);
    expect(rounds("Brightwave Labs invests $10 million in new manufacturing capacity.")).toEqual([]);
    expect(rounds("Brightwave Invests $10 Million In New Plant In Ohio")).toEqual([]);
    expect(rounds("Northwind Grid invests $1.75bn in datacenter power.")).toEqual([]);
    expect(rounds("Northwind Fund invests $20K into 100 software agents at launch.")).toEqual([]);
  });

  it("reads no round in money spent to date or by no named investor", () => {
    expect(rounds("The company has invested $50M in R&D since 2015.")).toEqual([]);
    expect(rounds("Brightwave has invested $30 million in Europe over the past decade.")).toEqual([]);
    expect(rounds("Customers invested $5 million in Brightwave products last year.")).toEqual([]);
    expect(rounds("We have invested over $10M in Kestrel Cloud, our new platform.")).toEqual([]);
  });

  it("reads no round of the page's own company investing in another", () => {
    const own = "https://www.northwind.example/newsroom";
    expect(rounds("Northwind Ventures invests €5 million in Kestrel to propel its expansion.", own)).toEqual([]);
  });
});
