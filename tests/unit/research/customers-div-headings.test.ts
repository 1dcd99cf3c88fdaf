import { describe, expect, it } from "vitest";
import { extractCustomers } from "../../../lib/research/customers";
import { parseHtml } from "./fixtures";

describe("a customers heading set in a plain div", () => {
  const wall = ["Kestrel Freight", "Northwind Mills", "Lumen Studio"].map((alt) => `<img src="x.svg" alt="${alt}">`);

  it.each(["Trusted by 400 teams", "Unsere Kunden"])("reads the logos under a div titled %s", (title) => {
    const page = parseHtml(
      `<html><body><section><div class="x9f2a">${title}</div><div class="k3b1">${wall.join("")}</div></section></body></html>`,
      "https://www.acmeo.example/",
    );
    expect(extractCustomers(page)).toEqual(["Kestrel Freight", "Northwind Mills", "Lumen Studio"]);
  });

  it("ignores a div of running text that mentions customers", () => {
    const text = "Unsere Kunden sind uns wichtig, deshalb beraten wir persönlich und ohne Warteschleife, jeden Tag.";
    const page = parseHtml(
      `<html><body><div class="x9f2a">${text} ${text}</div><div>${wall.join("")}</div></body></html>`,
      "https://www.acmeo.example/",
    );
    expect(extractCustomers(page)).toEqual([]);
  });
});
