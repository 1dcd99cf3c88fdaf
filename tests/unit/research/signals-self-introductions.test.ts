import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

/** Sentences that use a signal's words for something that is no news of the company. */

const about = "https://www.kranich-robotik.example/ueber-uns";
const typesOf = (line: string) => extractSignals([line], about, "2025-03-12").map((signal) => signal.type);

describe("a company introducing itself", () => {
  it.each([
    "Kranich Robotik stellt sich vor",
    "Wir stellen uns vor: Kranich Robotik",
    "Das Team stellt sich kurz vor.",
  ])("is no launch: %s", (line) => {
    expect(typesOf(line)).toEqual([]);
  });

  it("still reads a product presented", () => {
    expect(typesOf("Kranich Robotik stellt den Greifer G2 vor")).toEqual(["product-launch"]);
  });
});

describe("founders joining forces before they founded the company", () => {
  it("is no partnership", () => {
    expect(
      typesOf(
        "Before joining forces, their paths were shaped by collaborations with agencies including Ostwerk and Falke.",
      ),
    ).toEqual([]);
  });

  it("still reads two companies joining forces", () => {
    expect(typesOf("Kranich Robotik GmbH and Ostwerk Logistik AG join forces to automate warehouses.")).toEqual([
      "partnership",
    ]);
  });
});
