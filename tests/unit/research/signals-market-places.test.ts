import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel.example/blog/news";
const types = (line: string) => extractSignals([line], url, "2025-05-01").map((signal) => signal.type);

describe("new markets named by places outside the built-in list", () => {
  it("reads a country or city after 'expands into'", () => {
    expect(types("Kestrel expands into Morocco after a strong year.")).toContain("new-market");
    expect(types("Kestrel expands into the Baltic market with a team in Riga.")).toContain("new-market");
  });

  it("reads no market in a line of business after 'expands into'", () => {
    expect(types("Kestrel expands into new use cases with its latest release.")).not.toContain("new-market");
    expect(types("Kestrel expands into healthcare with a new product.")).not.toContain("new-market");
    expect(types("Kestrel expands into Payments with a new product.")).not.toContain("new-market");
  });

  it("reads places listed or named with words of a place after 'now available in'", () => {
    expect(types("Kestrel is now available in Lyon and Marseille.")).toContain("new-market");
    expect(types("Kestrel is now available in Slovenia.")).toContain("new-market");
    expect(types("Kestrel is now live in Peru, our fifth country in the region.")).toContain("new-market");
  });

  it("reads no market in languages, modes or products after 'now available in'", () => {
    expect(types("Flux is now available in Spanish, Italian and Polish.")).not.toContain("new-market");
    expect(types("Flux is now available in Dark Mode for everyone.")).not.toContain("new-market");
    expect(types("Flux is now available in Notion and Confluence.")).not.toContain("new-market");
    expect(types("Webhooks are now available in Kestrel.")).not.toContain("new-market");
  });

  it("reads a place a product is brought to, not a product, a team or an audience", () => {
    expect(types("Kestrel brings its payment terminal to Uruguay and Paraguay.")).toContain("new-market");
    expect(types("Kestrel brings AI to sales teams everywhere.")).not.toContain("new-market");
    expect(types("Kestrel brings Flux to Salesforce users.")).not.toContain("new-market");
    expect(types("Kestrel brings generative AI to Customer Support.")).not.toContain("new-market");
    expect(types("The new hire brings deep expertise to Northwind.")).not.toContain("new-market");
  });

  it("trusts only known markets in a headline that capitalises every word", () => {
    expect(types("Kestrel Brings AI to Sales Teams")).not.toContain("new-market");
    expect(types("Kestrel Brings Its Platform to Portugal")).toContain("new-market");
  });

  it("reads a German place after 'kommt nach' or 'startet in', not a noun", () => {
    expect(types("Die Kestrel App kommt nach Graz.")).toContain("new-market");
    expect(types("Kestrel startet in Liechtenstein mit einem neuen Team.")).toContain("new-market");
    expect(types("Die neue Version kommt nach Abschluss der Tests.")).not.toContain("new-market");
    expect(types("Kestrel startet in Zusammenarbeit mit Northwind ein Pilotprojekt.")).not.toContain("new-market");
  });
});
