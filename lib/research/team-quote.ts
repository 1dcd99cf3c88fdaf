import { cardOf } from "./card";
import { shortText } from "./short-text";

/** A customer's words right before a name: testimonial sliders set them without quote markup. */

// A few sentences at most: a quote in a slider is short, a section before a list is not.
const maxQuote = 400;
const sentenceEnd = /[.!?…"“”»«]$/;
const quoteMark = /^["“”„«»‘’‚]|["“”«»‘’]$/;
// The customer speaks of themselves: "Seit wir umgestellt haben …", "I would buy it again."
const firstPerson = /\b(?:I|I'm|I've|I'd)\b|\b(?:we|we're|we've|our|us|my|wir|uns|unser\w*|mein\w*|mir|mich|ich)\b/i;

/**
 * The sentence right before the name inside its card ("<p>Quote.</p><div><h4>Name</h4><p>Role</p></div>"),
 * else undefined: the first text before the name decides, so a role set above the name ends the look.
 */
export function quotationBefore(node: Element): string | undefined {
  const card = cardOf(node);
  let box: Element | null = node;
  for (let depth = 0; box && box !== card && depth < 5; depth++, box = box.parentElement) {
    let before = box.previousElementSibling;
    while (before && shortText(before, 0) === "") before = before.previousElementSibling;
    if (!before) continue;
    const text = shortText(before, maxQuote);
    return text && isSentence(text) ? text : undefined;
  }
  return undefined;
}

function isSentence(text: string): boolean {
  return text.split(/\s+/).length >= 5 && (sentenceEnd.test(text) || quoteMark.test(text));
}

/**
 * Whether the words are a customer's own: said in the first person ("Seit wir umgestellt haben").
 * Marks alone do not tell: the company's own people are quoted in marks on their cards too.
 */
export function spokenQuote(text: string): boolean {
  return firstPerson.test(text);
}
