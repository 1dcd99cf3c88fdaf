/** Keeps a value of a signal's wording within what a stored signal allows (lib/model/signal.ts). */
export const clip = (text: string): string => text.slice(0, 300);
export const clipped = (texts: readonly string[]): string[] => texts.map(clip);
