import { describe, expect, it } from "vitest";
import { pricingText } from "@/lib/i18n/pricing-text";
import type { Pricing } from "@/lib/research/types";

// Intl keeps an amount and its currency together with a non-breaking space; the tests read it as a space.
const text = (pricing: Pricing, language: "en" | "de") => pricingText(pricing, language)?.replaceAll("\u00a0", " ");

const model = { freeTrial: false, freemium: false, contactSales: false };

const tiers: Pricing = {
  ...model,
  freeTrial: true,
  contactSales: true,
  plans: [
    { name: "Starter", price: 490, currency: "EUR", period: "month" },
    { name: "Growth", price: 1290, currency: "EUR", period: "month" },
    { name: "Enterprise", onRequest: true },
  ],
};

describe("pricingText", () => {
  it("tells each plan with its price and period, then the model, in English", () => {
    expect(text(tiers, "en")).toBe("Starter €490/month · Growth €1,290/month · Enterprise on request · free trial");
  });

  it("tells the same in German number and currency style", () => {
    expect(text(tiers, "de")).toBe(
      "Starter 490 €/Monat · Growth 1.290 €/Monat · Enterprise auf Anfrage · kostenlos testen",
    );
  });

  it("keeps cents only where the price has them, and yearly and one-off periods", () => {
    const pricing: Pricing = {
      ...model,
      plans: [
        { name: "Solo", price: 49.5, currency: "CHF", period: "year" },
        { name: "Lifetime", price: 299, currency: "USD", period: "once" },
      ],
    };
    expect(text(pricing, "en")).toBe("Solo CHF 49.50/year · Lifetime $299 once");
    expect(text(pricing, "de")).toBe("Solo 49,50 CHF/Jahr · Lifetime 299 $ einmalig");
  });

  it("says a price is per user when the plan is priced per seat", () => {
    const pricing: Pricing = {
      ...model,
      plans: [
        { name: "Team", price: 12, currency: "EUR", period: "month", perSeat: true },
        { name: "Seats", price: 90, currency: "USD", perSeat: true },
      ],
    };
    expect(text(pricing, "en")).toBe("Team €12/user/month · Seats $90/user");
    expect(text(pricing, "de")).toBe("Team 12 €/Nutzer/Monat · Seats 90 $/Nutzer");
  });

  it("says a free plan is free once, and names a free plan only when no plan shows it", () => {
    const withFreePlan: Pricing = {
      ...model,
      freemium: true,
      plans: [
        { name: "Free", price: 0 },
        { name: "Team", price: 8, currency: "EUR", period: "month" },
      ],
    };
    expect(text(withFreePlan, "en")).toBe("Free · Team €8/month");
    const named: Pricing = { ...model, freemium: true, plans: [{ name: "Basic", price: 0 }] };
    expect(text(named, "de")).toBe("Basic kostenlos");
    expect(text({ ...model, freemium: true, plans: [] }, "en")).toBe("free plan");
  });

  it("never breaks a line between an amount and its currency", () => {
    expect(pricingText(tiers, "de")).toContain("490\u00a0€");
  });

  it("says a price is on request when the page offers no plan but a sales contact", () => {
    expect(text({ ...model, contactSales: true, plans: [] }, "de")).toBe("Preis auf Anfrage");
    expect(text({ ...model, contactSales: true, plans: [{ name: "Custom", onRequest: true }] }, "en")).toBe(
      "Custom on request",
    );
  });

  it("writes an unknown currency code after the number, a missing one not at all, and nothing for an empty model", () => {
    const pricing: Pricing = {
      ...model,
      plans: [
        { name: "Pro", price: 1200, currency: "XYZW", period: "month" },
        { name: "Plus", price: 15, period: "month" },
      ],
    };
    expect(text(pricing, "en")).toBe("Pro 1,200 XYZW/month · Plus 15/month");
    expect(text({ ...model, plans: [] }, "en")).toBeUndefined();
  });
});
