import { describe, expect, it } from "vitest";
import { domainOf, mailLocalPart, recipientOptions } from "@/lib/drafting/recipient";

const addresses = (input: Parameters<typeof recipientOptions>[0]) => recipientOptions(input).map((o) => o.address);

describe("recipientOptions", () => {
  it("prefers the captured address", () => {
    const options = recipientOptions({
      capturedEmails: ["jonas@nordwind.example"],
      name: "Jonas Weber",
      domain: "nordwind.example",
    });
    expect(options).toEqual([{ address: "jonas@nordwind.example", source: "captured", unverified: false }]);
  });

  it("guesses patterns from the company domain, all marked unverified", () => {
    const options = recipientOptions({ name: "Jonas Weber", domain: "https://www.nordwind.example/karriere" });
    expect(options.slice(0, 4).map((o) => o.address)).toEqual([
      "jonas.weber@nordwind.example",
      "j.weber@nordwind.example",
      "jonas@nordwind.example",
      "jonasweber@nordwind.example",
    ]);
    expect(options.every((o) => o.unverified && o.source === "pattern")).toBe(true);
  });

  it("transliterates umlauts and strips accents", () => {
    expect(addresses({ name: "Jürgen Müßig", domain: "beispiel.example" })[0]).toBe("juergen.muessig@beispiel.example");
    expect(addresses({ name: "José María García", domain: "ejemplo.example" })[0]).toBe("jose.garcia@ejemplo.example");
    expect(mailLocalPart("O'Néill")).toBe("oneill");
  });

  it("handles particles and titles", () => {
    const list = addresses({ name: "Dr. Anna von der Heide", domain: "heide.example" });
    expect(list).toEqual(
      expect.arrayContaining([
        "anna.vonderheide@heide.example",
        "a.vonderheide@heide.example",
        "anna.heide@heide.example",
      ]),
    );
    expect(new Set(list).size).toBe(list.length);
  });

  it("returns nothing it cannot build", () => {
    expect(recipientOptions({ name: "Kim", domain: "x.example" })).toEqual([]);
    expect(recipientOptions({ name: "Jonas Weber" })).toEqual([]);
    expect(domainOf("not a domain")).toBeUndefined();
  });
});
