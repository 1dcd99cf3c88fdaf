/**
 * Numbers as people type them in English, German and Swiss documents:
 * "1,234.56", "1.234,56", "1'234.50", "1 234", "1,5". A lone separator followed by exactly
 * three digits is read as a thousands separator ("10,001", "1.234"), as LinkedIn and CRMs
 * write whole numbers that way far more often than three-decimal fractions.
 */

const NUMBER_TOKEN = /[-+]?\d[\d.,'’\s\u00a0\u202f]*/;

export function parseLocaleNumber(text: string): number | undefined {
  const token = NUMBER_TOKEN.exec(text)?.[0]?.trim();
  if (!token) return undefined;
  const cleaned = token.replace(/['’\s\u00a0\u202f]/g, "");
  const value = Number(toDotDecimal(cleaned));
  return Number.isFinite(value) ? value : undefined;
}

function toDotDecimal(digits: string): string {
  const lastDot = digits.lastIndexOf(".");
  const lastComma = digits.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    return digits.split(thousands).join("").replace(decimal, ".");
  }
  const separator = lastDot >= 0 ? "." : lastComma >= 0 ? "," : undefined;
  if (!separator) return digits;
  const parts = digits.split(separator);
  const looksLikeThousands = parts.length > 2 || parts[1]?.length === 3;
  return looksLikeThousands ? parts.join("") : parts.join(".");
}
