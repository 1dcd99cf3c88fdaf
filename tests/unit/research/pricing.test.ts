import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayHoldPrice, parsePrice } from "../../../lib/research/price";
import { extractPricing } from "../../../lib/research/pricing";
import { clean } from "../../../lib/research/text";
import { parseHtml } from "./fixtures";

describe("extractPricing", () => {
  it("reads plans named by class, in any letter case, and not other names", () => {
    const doc = parseHtml(
      `<body><section>
        <div class="card"><div class="Plan-Name">Starter</div><span>€ 19 / Monat</span></div>
        <div class="card"><div class="PLANNAME">Team</div><span>€ 49 / Monat</span></div>
        <div class="card"><div class="tier-name">Enterprise</div><a href="/kontakt">Contact sales</a></div>
        <div class="card"><div class="product-name">Widget</div><span>€ 5</span></div>
      </section></body>`,
      "https://x.example/preise",
    );
    expect(extractPricing(doc)?.plans).toEqual([
      { name: "Starter", price: 19, currency: "EUR", period: "month" },
      { name: "Team", price: 49, currency: "EUR", period: "month" },
      { name: "Enterprise", onRequest: true },
    ]);
  });

  it("reads a help box beside the plans only when its heading level has prices", () => {
    const doc = parseHtml(
      `<body><div><h3>Basic</h3><p>$10</p></div><div><h3>Pro</h3><p>$30</p></div>
       <div><h4>Questions?</h4><button>Contact us</button></div></body>`,
      "https://x.example/pricing",
    );
    expect(extractPricing(doc)?.plans.map((plan) => plan.name)).toEqual(["Basic", "Pro"]);
  });

  it("reads a price per seat and month, and a plan whose price label says free", () => {
    const doc = parseHtml(
      `<body><div class="plan"><h3>Starter</h3><p>Free forever</p><a href="/signup">Start free</a></div>
       <div class="plan"><h3>Team</h3><p>€49 per user / month</p><p>14-day free trial</p></div>
       <div class="plan"><h3>Enterprise</h3><p>Custom pricing</p><a href="/contact">Contact sales</a></div></body>`,
      "https://x.example/pricing",
    );
    expect(extractPricing(doc)).toEqual({
      plans: [
        { name: "Starter", price: 0, period: undefined },
        { name: "Team", price: 49, currency: "EUR", period: "month", perSeat: true },
        { name: "Enterprise", onRequest: true },
      ],
      freeTrial: true,
      freemium: true,
      contactSales: true,
    });
  });
});

describe("mayHoldPrice", () => {
  it("is true for every text that reads as a price once cleaned", () => {
    const piece = fc.constantFrom(
      "€",
      "$",
      "£",
      "CHF",
      "eur",
      "Usd",
      "gbp",
      "Fr.",
      "ab ",
      "from ",
      "4",
      "9",
      "1.200",
      ",90",
      "'",
      " ",
      "\n",
      "\u00a0",
      "\u200b",
      "\ufeff",
      "/ Monat",
      " per user",
      "*",
      "x",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 7 }), (pieces) => {
        const text = pieces.join("");
        if (parsePrice(clean(text))) expect(mayHoldPrice(text), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("is false for texts without a currency beside a number", () => {
    expect(mayHoldPrice("Founded in 2019, 40 people in Europe")).toBe(false);
    expect(mayHoldPrice("Pricing: contact us")).toBe(false);
    expect(mayHoldPrice("€\n\n  49")).toBe(true);
  });

  it("reads long runs of digits and spaces once (data in scripts, hostile pages)", () => {
    expect(mayHoldPrice(`${"1,2,".repeat(50_000)}x`)).toBe(false);
    expect(mayHoldPrice(`${"1 ".repeat(50_000)}€`)).toBe(true);
    expect(mayHoldPrice(`${" ".repeat(1000)}€`.repeat(200))).toBe(false);
  });
});

describe("extractPricing on pages without prices", () => {
  it("still reads free and on-request plans, and prices broken over lines", () => {
    const free = parseHtml(
      `<body><div><h3>Free</h3><p>For one person</p></div><div><h3>Team</h3><p>Contact sales</p></div></body>`,
      "https://x.example/pricing",
    );
    expect(extractPricing(free)?.plans).toEqual([
      { name: "Free", price: 0, period: undefined },
      { name: "Team", onRequest: true },
    ]);
    const spread = parseHtml(
      `<body><div><h3>Basic</h3><p>€\n   9</p></div><div><h3>Pro</h3><p>\u200b€ 29</p></div></body>`,
      "https://x.example/preise",
    );
    expect(extractPricing(spread)?.plans.map((plan) => plan.price)).toEqual([9, 29]);
    const none = parseHtml(
      `<body><div><h3>Basic</h3><p>Our story</p></div><div><h3>Pro</h3></div></body>`,
      "https://x.example/",
    );
    expect(extractPricing(none)).toBeUndefined();
  });
});
