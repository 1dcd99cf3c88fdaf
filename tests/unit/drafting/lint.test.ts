import { describe, expect, it } from "vitest";
import { type LintOptions, lintEmail } from "@/lib/drafting/lint";

const fact = "Northwind Haulage is hiring four dispatchers in Leeds.";
const en: LintOptions = { step: "attention", language: "en", facts: [fact] };
const codes = (body: string, options: LintOptions = en, subject = "A quick thought") =>
  lintEmail({ subject, body }, options).map((issue) => issue.code);

function email(...paragraphs: string[]): string {
  return ["Hi Jane,", ...paragraphs, "Best regards,\nMara"].join("\n\n");
}

describe("lintEmail", () => {
  it("accepts a short, fact-led email", () => {
    expect(codes(email(fact, "Is dispatch planning on your list this quarter?"))).toEqual([]);
  });

  it("flags a first email over 120 words, but not a later one", () => {
    const long = email(fact, "word ".repeat(130));
    expect(codes(long)).toContain("too-long");
    expect(codes(long, { ...en, step: "credibility" })).not.toContain("too-long");
  });

  it("does not count a long signature", () => {
    const signature = "Legal text ".repeat(70);
    const body = `${email(fact)}\n${signature}`;
    expect(codes(body, { ...en, signature })).toEqual([]);
  });

  it("flags feature talk in English and German", () => {
    expect(codes(email(fact, "Our platform has AI-powered dashboards and 40 features."))).toContain("feature-talk");
    const de: LintOptions = { step: "curiosity", language: "de" };
    expect(codes(email("Unsere Plattform bietet eine Schnittstelle zu allen Modulen."), de)).toContain("feature-talk");
  });

  it("flags a first email without any selected fact", () => {
    expect(codes(email("Your profile caught my attention."))).toContain("missing-fact");
    expect(codes(email("Your profile caught my attention."), { ...en, facts: [] })).toContain("missing-fact");
  });

  it.each([
    "I wanted to reach out.",
    "We help logistics teams.",
    "Ich wollte mich kurz vorstellen.",
    "Wir helfen Teams.",
    "Unser Produkt spart Zeit.",
  ])("flags an opening about the sender: %s", (opening) => {
    expect(codes(email(opening, fact))).toContain("self-opening");
  });

  it("flags spam trigger words in both languages and in the subject", () => {
    expect(codes(email(fact, "Act now, this is a limited time offer!!!"))).toContain("spam-words");
    expect(codes(email(fact, "Ein kostenlos und garantiert gutes Angebot."))).toContain("spam-words");
    expect(codes(email(fact), en, "FREE trial inside")).toContain("spam-words");
    const issue = lintEmail({ body: email(fact, "Gratis!") }, en).find((i) => i.code === "spam-words");
    expect(issue?.details).toContain("Gratis");
    expect(issue?.message.de).toBeTruthy();
  });

  it("flags links in a first email and too many questions", () => {
    expect(codes(email(fact, "See https://example.com/demo"))).toContain("too-many-links");
    const later: LintOptions = { ...en, step: "credibility" };
    expect(codes(email("See https://example.com/demo"), later)).not.toContain("too-many-links");
    expect(codes(email("See https://a.example and www.b.example"), later)).toContain("too-many-links");
    expect(codes(email(fact, "Why? How? When?"))).toContain("too-many-questions");
  });
});
