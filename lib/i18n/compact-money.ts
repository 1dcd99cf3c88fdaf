/** "US$36.5M", "12 Mio. €": an amount as compactly as a funding box shows it, in the given locale. */
export function compactMoney(amount: number, currency: string | undefined, locale: "en-US" | "de-DE"): string {
  const format = formatOf(locale, currency);
  // An unknown currency code: the number with the code as written.
  return format
    ? format.format(amount)
    : `${formatOf(locale, undefined)?.format(amount) ?? amount} ${currency ?? ""}`.trim();
}

// Building a number format costs far more than using one (research formats amounts page after page): kept.
const formats = new Map<string, Intl.NumberFormat | null>();

function formatOf(locale: string, currency: string | undefined): Intl.NumberFormat | null {
  const key = `${locale}|${currency ?? ""}`;
  let format = formats.get(key);
  if (format === undefined) {
    const options: Intl.NumberFormatOptions = {
      notation: "compact",
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    };
    try {
      format = new Intl.NumberFormat(locale, currency ? { ...options, style: "currency", currency } : options);
    } catch {
      format = null;
    }
    formats.set(key, format);
  }
  return format;
}
