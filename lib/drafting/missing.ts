/** What a sparse prospect or offer lacks, as codes the UI can show in either language. */
export const missingCodes = [
  "company",
  "industry",
  "facts",
  "signals",
  "offer",
  "offer.metrics",
  "offer.alternative",
  "offer.proof",
  "offer.price",
  "first-name",
  "gender",
  "sender",
] as const;
export type MissingCode = (typeof missingCodes)[number];

export const missingMessages: Record<MissingCode, { en: string; de: string }> = {
  company: { en: "No company linked to this prospect.", de: "Kein Unternehmen mit diesem Kontakt verknüpft." },
  industry: { en: "The company's industry is unknown.", de: "Die Branche des Unternehmens ist unbekannt." },
  facts: { en: "Fewer than three facts selected.", de: "Weniger als drei Fakten ausgewählt." },
  signals: {
    en: "No recent signals (hiring, funding, posts…).",
    de: "Keine aktuellen Signale (Stellen, Finanzierung, Posts…).",
  },
  offer: { en: "The offer is not set up yet.", de: "Das Angebot ist noch nicht angelegt." },
  "offer.metrics": {
    en: "The offer has no success metric with numbers.",
    de: "Dem Angebot fehlt eine Erfolgskennzahl mit Zahlen.",
  },
  "offer.alternative": {
    en: "The offer does not say what prospects use today.",
    de: "Im Angebot fehlt, was Kontakte heute stattdessen nutzen.",
  },
  "offer.proof": {
    en: "The offer has no case study or reference.",
    de: "Dem Angebot fehlt eine Fallstudie oder Referenz.",
  },
  "offer.price": { en: "The offer has no price anchor.", de: "Dem Angebot fehlt ein Preisanker." },
  "first-name": {
    en: "No first name recognised: a neutral greeting is used.",
    de: "Kein Vorname erkannt: neutrale Anrede.",
  },
  gender: {
    en: "No form of address (Frau/Herr) given: a neutral greeting is used.",
    de: "Keine Anrede (Frau/Herr) angegeben: neutrale Anrede.",
  },
  sender: { en: "Your name is missing from the signature.", de: "Dein Name fehlt in der Signatur." },
};
