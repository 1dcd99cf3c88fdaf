import { areBilled, freeName, hasLabel, isPlanName, onRequest, withoutBadge } from "./plan-cards";
import { isPerSeat, periodIn } from "./plan-units";
import { parsePrice } from "./price";
import { shortText } from "./short-text";
import type { Plan } from "./types";

/** Plans listed in comparison tables: plan names head the columns. */

/**
 * Plans named in the head of a comparison table that names a priced plan of the page ("Kostenlos |
 * Testzugang | Premium" below the Premium card): the other columns are its sibling plans. The
 * first column labels the rows.
 */
export function plansFromTableHead(body: Element, known: Plan): Plan[] {
  const key = known.name.toLowerCase();
  for (const table of Array.from(body.querySelectorAll("table"))) {
    const names = Array.from(table.querySelector("tr")?.children ?? [], (cell) => shortText(cell, 30) ?? "");
    if (!names.some((name) => name.toLowerCase() === key)) continue;
    const plans = names.slice(1).flatMap((name): Plan[] => {
      if (name.toLowerCase() === key) return [known];
      if (!isPlanName(name) || onRequest.test(name)) return [];
      return freeName.test(name) ? [{ name, price: 0 }] : [{ name }];
    });
    if (plans.length >= 2) return plans;
  }
  return [];
}

/** Plans of a comparison table: plan names head the columns, one row holds their prices. */
export function plansFromTables(body: Element): Plan[] {
  for (const table of Array.from(body.querySelectorAll("table"))) {
    const rows = Array.from(table.querySelectorAll("tr")).slice(0, 40);
    const names = Array.from(rows[0]?.children ?? []).map((cell) => withoutBadge(shortText(cell, 30) ?? ""));
    const priceRow = rows
      .slice(1)
      .map((row) => Array.from(row.children))
      .find((cells) => cells.filter((cell) => parsePrice(shortText(cell, 45) ?? "")).length >= 2);
    if (!priceRow) continue;
    const plans = names.flatMap((name, column): Plan[] => {
      const cell = priceRow[column];
      if (!cell || !isPlanName(name)) return [];
      const price = parsePrice(shortText(cell, 45) ?? "");
      const unit = shortText(cell, 60) ?? "";
      if (price) return [{ name, ...price, period: periodIn([cell]), ...(isPerSeat(unit) ? { perSeat: true } : {}) }];
      return hasLabel([cell], onRequest) ? [{ name, onRequest: true }] : [];
    });
    if (plans.length >= 2 && areBilled(plans, table)) return plans;
  }
  return [];
}
