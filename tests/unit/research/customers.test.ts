import { describe, expect, it } from "vitest";
import { extractCustomers } from "../../../lib/research/customers";
import { parseHtml } from "./fixtures";

const customersIn = (body: string) =>
  extractCustomers(parseHtml(`<html><body>${body}</body></html>`, "https://www.acmeo.example/"));

describe("extractCustomers in prose", () => {
  it.each([
    [
      "Today over 2,000 companies rely on Acmeo, including Kestrel Freight, Lumen & Co and DATEV.",
      ["Kestrel Freight", "Lumen & Co", "DATEV"],
    ],
    ["Our customers include Northwind, Adobe and N26.", ["Northwind", "Adobe", "N26"]],
    ["Unsere Kunden: Elbwerk, Otto Group, Deutsche Bahn und viele mehr.", ["Elbwerk", "Otto Group", "Deutsche Bahn"]],
    ["Kunden wie die Deutsche Telekom, E.ON und Henkel vertrauen auf uns.", ["Deutsche Telekom", "E.ON", "Henkel"]],
  ])("%s", (sentence, names) => {
    expect(customersIn(`<p>${sentence}</p>`)).toEqual(names);
  });

  it.each([
    "Trusted by thousands of teams worldwide. Companies like ours need data.",
    "We help brands like yours grow. Our customers include Fortune 500 companies.",
    "Unsere Kunden sind Kanzleien, Arztpraxen und Handwerksbetriebe. Kunden wie Sie, Banken und Versicherungen.",
    "Companies such as Microsoft and Google have similar tools, like Salesforce.",
  ])("names nobody in: %s", (sentence) => {
    expect(customersIn(`<p>${sentence}</p>`)).toEqual([]);
  });
});

describe("extractCustomers from a logo wall", () => {
  it("reads the logos under a 'Trusted by' heading, without file names and the word logo", () => {
    const wall = ["Kestrel Freight logo", "northwind.svg", "Lumen"].map((alt) => `<img src="x.svg" alt="${alt}">`);
    expect(customersIn(`<section><h2>Trusted by 2,000+ teams</h2><div>${wall.join("")}</div></section>`)).toEqual([
      "Kestrel Freight",
      "northwind",
      "Lumen",
    ]);
  });
});
