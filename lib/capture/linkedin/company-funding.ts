import type { FundingRound } from "../../model";
import { textLines, textOf } from "../dom";
import {
  type CompanyPage,
  elementsLabelled,
  isForeign,
  labelKey,
  type StrategyResult,
  sectionOf,
} from "./company-page";
import { parseIsoDate, parseMoney, roundType } from "./company-parse";
import { companyHeadings, companySelectors } from "./company-selectors";

const moneyPattern =
  /(?:US\$|CA\$|[$€£]|USD|EUR|GBP|CHF)\s?\d[\d.,]*\s?(?:K|M|B|Mio\.?|Mrd\.?|Tsd\.?|Mn|Bn)?(?![a-z])/i;
const datePattern = /\b(?:[A-Za-zä]{3,9}\.? \d{1,2}, \d{4}|\d{1,2}\. [A-Za-zä]{3,9}\.? \d{4}|\d{4}-\d{2}-\d{2})\b/;

/** The Crunchbase box ("Last Round · Series C · Jun 13, 2024 · US$ 36.5M · Investors"), public and logged-in. */
export function companyFromFunding(page: CompanyPage): StrategyResult {
  const box = fundingBox(page);
  const round = box ? lastRound(box) : undefined;
  return { strategy: "dom-funding", fields: { funding: round ? [round] : undefined } };
}

function fundingBox(page: CompanyPage): Element | undefined {
  for (const selector of companySelectors.funding) {
    const box = page.doc.querySelector(selector);
    if (box && !isForeign(page, box)) return box;
  }
  // The box may sit in the right rail, outside <main>: search the whole page by heading.
  const lastRoundWords = companyHeadings.lastRound.map((word) => word.toLowerCase());
  const whole = { ...page, main: page.doc };
  const [heading] = elementsLabelled(whole, companyHeadings.funding, companySelectors.headings);
  return heading
    ? sectionOf(heading, (card) => lastRoundWords.some((word) => card.textContent?.toLowerCase().includes(word)))
    : undefined;
}

function lastRound(box: Element): FundingRound | undefined {
  // Lines, not textContent: adjacent blocks ("2026</p><p>US$") must not run together.
  const text = textLines(box)
    .map((line) => line.text)
    .join(" · ");
  const after = textAfterLabel(text, companyHeadings.lastRound);
  if (after === undefined) return undefined;
  const date = box.querySelector("time")?.getAttribute("datetime") ?? datePattern.exec(after)?.[0];
  const money = parseMoney(moneyPattern.exec(after)?.[0]);
  const round: FundingRound = {
    round: roundType(roundName(after)),
    amount: money?.amount,
    currency: money?.currency,
    date: parseIsoDate(date ?? undefined),
    investors: investorsOf(box),
  };
  return round.round || round.amount !== undefined ? round : undefined;
}

/** The round name runs from the label up to its date or amount: "Series C", "Seed", "Series unknown". */
function roundName(after: string): string | undefined {
  const end = Math.min(
    ...[datePattern.exec(after)?.index, moneyPattern.exec(after)?.index, after.length].filter(
      (index): index is number => index !== undefined,
    ),
  );
  const name = after
    .slice(0, end)
    .replace(/^[\s·]+|[\s·]+$/g, "")
    .trim();
  return name && name.length <= 60 ? name : undefined;
}

function textAfterLabel(text: string, labels: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  for (const label of labels) {
    const index = lower.indexOf(label.toLowerCase());
    if (index >= 0) return text.slice(index + label.length).trim();
  }
  return undefined;
}

/** Investor links follow the "Investors" label inside the box. */
function investorsOf(box: Element): string[] | undefined {
  const labels = new Set(companyHeadings.investors.map((word) => word.toLowerCase()));
  const label = Array.from(box.querySelectorAll("p, span, h3, h4, dt")).find((node) =>
    labels.has(labelKey(textOf(node))),
  );
  const names = label?.parentElement
    ? Array.from(label.parentElement.querySelectorAll("a")).map((link) => textOf(link))
    : [];
  const found = names.filter((name): name is string => !!name && name.length <= 120);
  return found.length ? found : undefined;
}
