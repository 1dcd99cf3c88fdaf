import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel.example/presse";
const types = (lines: string[]) => extractSignals(lines, url, "2025-03-23").map((signal) => signal.type);

describe("news told in prose", () => {
  it("reads a German launch told in the perfect tense", () => {
    expect(
      types(["Hamburg - Das Start-up Kestrel hat heute seine neue Plattform für Lagerlogistik offiziell vorgestellt."]),
    ).toContain("product-launch");
  });

  it("reads no partnership in working with the round's investor", () => {
    expect(
      types([
        "We’re excited to partner with our Series A lead investor, Quill Capital, because they share our values.",
      ]),
    ).not.toContain("partnership");
  });
});
