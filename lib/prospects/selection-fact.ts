import type { Fact } from "../model";
import { newId } from "../model";

/** Maximum length of a fact taken from a page selection: a fact is a sentence, not a page. */
export const selectionFactLimit = 2000;

/** A fact made from text the user selected on a page, keeping where it came from. */
export function factFromSelection(
  selection: string,
  sourceUrl: string | undefined,
  owner: { personId?: string; companyId?: string },
  now = Date.now(),
): Fact | undefined {
  const text = selection.replace(/\s+/g, " ").trim().slice(0, selectionFactLimit);
  if (!text) return undefined;
  const url = sourceUrl && /^https?:/i.test(sourceUrl) ? sourceUrl : undefined;
  return {
    id: newId(),
    ...owner,
    text,
    sourceUrl: url,
    quote: text,
    selected: false,
    origin: "selection",
    createdAt: now,
  };
}
