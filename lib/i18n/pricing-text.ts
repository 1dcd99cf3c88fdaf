import type { Plan, Pricing } from "../research/types";

type Language = "en" | "de";

const words = {
  en: {
    seat: "/user",
    month: "/month",
    year: "/year",
    once: " once",
    onRequest: "on request",
    free: "free",
    trial: "free trial",
    freemium: "free plan",
    contactSales: "contact sales",
  },
  de: {
    seat: "/Nutzer",
    month: "/Monat",
    year: "/Jahr",
    once: " einmalig",
    onRequest: "auf Anfrage",
    free: "kostenlos",
    trial: "kostenlos testen",
    freemium: "kostenloser Tarif",
    contactSales: "Preis auf Anfrage",
  },
} as const;

/**
 * A site's pricing in one line, as a founder would note it: "Starter €490/month · Growth
 * €1,290/month · Enterprise on request · free trial". Undefined when the page named no plan and no model.
 */
export function pricingText(pricing: Pricing, language: Language): string | undefined {
  const said = words[language];
  const plans = pricing.plans.map((plan) => planText(plan, language));
  const model = [
    pricing.freeTrial ? said.trial : undefined,
    // A free plan or a plan on request already tells the model.
    pricing.freemium && !pricing.plans.some((plan) => plan.price === 0) ? said.freemium : undefined,
    pricing.contactSales && !pricing.plans.some((plan) => plan.onRequest) ? said.contactSales : undefined,
  ].filter((part) => part !== undefined);
  const parts = [...plans, ...model];
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

const freeName = /\b(free|kostenlos|gratis)\b/i;

function planText(plan: Plan, language: Language): string {
  const said = words[language];
  if (plan.price === undefined) return plan.onRequest ? `${plan.name} ${said.onRequest}` : plan.name;
  // A plan called "Free" says so itself.
  if (plan.price === 0) return freeName.test(plan.name) ? plan.name : `${plan.name} ${said.free}`;
  const seat = plan.perSeat ? said.seat : "";
  const period = plan.period ? said[plan.period] : "";
  return `${plan.name} ${money(plan.price, plan.currency, language)}${seat}${period}`;
}

/** "€1,290", "1.290 €", "CHF 49.50": whole amounts without cents, as pricing pages write them. */
function money(amount: number, currency: string | undefined, language: Language): string {
  const locale = language === "de" ? "de-DE" : "en-US";
  const digits = Number.isInteger(amount) ? 0 : 2;
  const number = { minimumFractionDigits: digits, maximumFractionDigits: 2 };
  if (currency) {
    try {
      return new Intl.NumberFormat(locale, { ...number, style: "currency", currency }).format(amount);
    } catch {
      // A code Intl does not know: the number with the code as written.
    }
  }
  const plain = new Intl.NumberFormat(locale, number).format(amount);
  return currency ? `${plain} ${currency}` : plain;
}
