/** "US$36.5M", "12 Mio. €": an amount as compactly as a funding box shows it, in the given locale. */
export function compactMoney(amount: number, currency: string | undefined, locale: "en-US" | "de-DE"): string {
  const options: Intl.NumberFormatOptions = { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 };
  try {
    return new Intl.NumberFormat(locale, currency ? { ...options, style: "currency", currency } : options).format(
      amount,
    );
  } catch {
    // An unknown currency code: the number with the code as written.
    return `${new Intl.NumberFormat(locale, options).format(amount)} ${currency ?? ""}`.trim();
  }
}
