import { describe, expect, it } from "vitest";
import { extractPricing } from "../../../lib/research/pricing";
import { parseHtml } from "./fixtures";

/** A price line that offers two prices as alternatives, and a plan row of a table quoted on request. */

function pricing(html: string, url: string) {
  return extractPricing(parseHtml(html, url), url);
}

describe("extractPricing on prices offered as alternatives", () => {
  const card = (name: string, line: string) =>
    `<div class="plan"><h3>${name}</h3><p class="price">${line}</p><ul><li>Shared calendar</li></ul><a href="/signup">Start</a></div>`;

  it.each([
    ["or", "USD", "$8/mo or $80/yr", "$16/mo or $160/yr", [8, 16]],
    ["oder", "EUR", "9 € monatlich oder 90 € jährlich", "19 € monatlich oder 190 € jährlich", [9, 19]],
  ])("reads the first of two prices joined by '%s' as the plan's price", (_word, currency, solo, crew, prices) => {
    const html = `<html><head><title>Pricing</title></head><body><h1>Pricing</h1><div class="plans">
      ${card("Solo", solo)}${card("Crew", crew)}</div></body></html>`;
    expect(pricing(html, "https://kalenderhaus.example/pricing")?.plans).toEqual([
      { name: "Solo", price: prices[0], currency, period: "month" },
      { name: "Crew", price: prices[1], currency, period: "month" },
    ]);
  });
});

describe("extractPricing on a table with one plan per row", () => {
  it("reads a row whose price cell says 'Custom' as a plan on request", () => {
    const html = `<html><head><title>Pricing</title></head><body><h1>Pricing</h1><table>
      <tr><th>Plan</th><th>Price</th><th>Seats</th></tr>
      <tr><td>Starter</td><td>$19 / month</td><td>3</td></tr>
      <tr><td>Growth</td><td>$49 / month</td><td>10</td></tr>
      <tr><td>Enterprise</td><td>Custom</td><td>Unlimited</td></tr></table></body></html>`;
    const result = pricing(html, "https://lotsenwerk.example/pricing");
    expect(result?.plans).toEqual([
      { name: "Starter", price: 19, currency: "USD", period: "month" },
      { name: "Growth", price: 49, currency: "USD", period: "month" },
      { name: "Enterprise", onRequest: true },
    ]);
    expect(result?.contactSales).toBe(true);
  });
});
