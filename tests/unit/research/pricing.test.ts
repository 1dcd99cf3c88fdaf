import { describe, expect, it } from "vitest";
import { extractPricing } from "../../../lib/research/pricing";
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
});
