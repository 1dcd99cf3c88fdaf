import { describe, expect, it } from "vitest";
import { companyName } from "../../../lib/research/company-name";
import { parseHtml } from "./fixtures";

const nameOf = (head: string, body: string, url: string, org?: Record<string, unknown>) =>
  companyName(parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url), url, org);

describe("brand and legal name", () => {
  it("takes the brand the legal name of the JSON-LD starts with", () => {
    const org = { "@type": "Organization", name: "Quellhof Software GmbH" };
    expect(nameOf("<title>Karriere | Quellhof</title>", "", "https://www.quellhof.example/karriere", org)).toBe(
      "Quellhof",
    );
    expect(
      nameOf(
        `<title>Jobs</title><meta property="og:site_name" content="Quellhof Software">`,
        "",
        "https://www.quellhof.example/jobs",
        org,
      ),
    ).toBe("Quellhof Software");
  });

  it("keeps the JSON-LD name when the brand is another name or there is none", () => {
    const org = { "@type": "Organization", name: "Talwerk Energie GmbH" };
    expect(nameOf("<title>Karriere | Sonnenfeld Solar</title>", "", "https://www.sonnenfeld.example/", org)).toBe(
      "Talwerk Energie GmbH",
    );
    expect(nameOf("<title>Karriere</title>", "", "https://www.talwerk-energie.example/", org)).toBe(
      "Talwerk Energie GmbH",
    );
  });

  it("keeps a JSON-LD name without a legal form", () => {
    const org = { "@type": "Organization", name: "Quellhof Cloud" };
    expect(nameOf("<title>Home | Quellhof</title>", "", "https://www.quellhof.example/", org)).toBe("Quellhof Cloud");
  });
});

describe("a town after the name in the title", () => {
  const address = "<footer><p>Kranwerk GmbH</p><p>Hafenstraße 4</p><p>20457 Hamburg</p></footer>";

  it("goes where the domain spells the name without it and the address is in that town", () => {
    expect(nameOf("<title>Startseite | Kranwerk Hamburg</title>", address, "https://www.kranwerk.example/")).toBe(
      "Kranwerk",
    );
  });

  it("stays where the domain spells it", () => {
    expect(
      nameOf("<title>Startseite | Kranwerk Hamburg</title>", address, "https://www.kranwerk-hamburg.example/"),
    ).toBe("Kranwerk Hamburg");
  });

  it("stays where the page gives no address in that town", () => {
    const elsewhere = "<footer><p>Hafenstraße 4</p><p>24103 Kiel</p></footer>";
    expect(nameOf("<title>Startseite | Kranwerk Hamburg</title>", elsewhere, "https://www.kranwerk.example/")).toBe(
      "Kranwerk Hamburg",
    );
  });

  it("stays where the legal name holds it", () => {
    const legal = "<footer><p>Kranwerk Hamburg GmbH</p><p>Hafenstraße 4</p><p>20457 Hamburg</p></footer>";
    expect(nameOf("<title>Startseite | Kranwerk Hamburg</title>", legal, "https://www.kranwerk.example/")).toBe(
      "Kranwerk Hamburg",
    );
  });

  it("keeps a last word that is no town", () => {
    const body = "<footer><p>Hafenstraße 4</p><p>20457 Hamburg</p></footer>";
    expect(nameOf("<title>Team – Kranwerk Labs</title>", body, "https://www.kranwerk.example/team")).toBe(
      "Kranwerk Labs",
    );
  });
});
