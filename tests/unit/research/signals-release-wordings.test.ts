import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel.example/blog/news";
const read = (lines: string[]) => extractSignals(lines, url, "2025-05-01");
const types = (line: string) => read([line]).map((signal) => signal.type);

describe("wordings of launches, partnerships and offices in posts and changelogs", () => {
  it("reads a plan or product that is now live as a launch", () => {
    expect(types("Kestrel Flow is now live — a new plan that lets teams plan routes for free.")).toContain(
      "product-launch",
    );
  });

  it("reads a changelog line that releases a feature, with or without a full stop", () => {
    expect(types("Release Audit Trails V2.")).toContain("product-launch");
    expect(types("Release notes for May.")).not.toContain("product-launch");
  });

  it("reads a company joining forces with others as a partnership", () => {
    expect(types("Northwind Bank is joining forces with us and Harbor Freight to connect regional lenders.")).toContain(
      "partnership",
    );
  });

  it("reads a leader welcomed, or working as the company's new chief", () => {
    expect(types("Welcoming Dana Whitfield as COO of Kestrel Labs")).toContain("leadership-change");
    expect(
      types("For a month now, Dana Whitfield has worked as Kestrel Labs' new and first Chief Operating Officer."),
    ).toContain("leadership-change");
  });

  it("reads no partnership in cooperation promised to cities in general", () => {
    expect(types("Die Anbieter verpflichten sich freiwillig zur Kooperation mit den Städten.")).not.toContain(
      "partnership",
    );
    expect(types("Kestrel startet eine Kooperation mit der Stadt Hamburg.")).toContain("partnership");
  });

  it("reads offices opened with several words before them", () => {
    expect(types("This spring we opened our first North American offices in Toronto.")).toContain("new-market");
  });
});

describe("investors and totals in funding posts", () => {
  it("reads the investors a round was closed with", () => {
    const [round] = read([
      "In the spring we closed a $20 million Series A funding round with Harbor Peak and Norwind.",
    ]);
    expect(round?.funding?.investors).toEqual(["Harbor Peak", "Norwind"]);
  });

  it("reads no investor in the company whose total funding the round raises", () => {
    const [round] = read([
      "The Series B was led by Harbor Peak, with participation from Norwind, and takes Kestrel's total funding to over $40M.",
    ]);
    expect(round?.funding?.investors).toEqual(["Harbor Peak", "Norwind"]);
  });

  it("reads the amount raised since as the total, not as another round", () => {
    const signals = read([
      "Kestrel today announced $15 million in Series B funding led by Harbor Peak.",
      "Founded in 2019, Kestrel has subsequently raised $27m in funding from Harbor Peak and Norwind.",
    ]);
    expect(signals.flatMap((signal) => (signal.funding ? [signal.funding.amount] : []))).toEqual([15_000_000]);
  });
});
