import { describe, expect, it } from "vitest";
import { lintEmail } from "@/lib/drafting/lint";
import { missingMessages } from "@/lib/drafting/missing";
import { draftSequence, MAX_SUBJECT_LENGTH, SEQUENCE_STEPS, toDraftEmails } from "@/lib/drafting/sequence";
import { offerEn, richDe, richEn, sparse } from "./fixtures";

const cases = [
  ["rich", richEn],
  ["sparse", sparse],
  ["company only", { person: { name: "Jonas Weber" }, company: { name: "Nordwind Logistik" } }],
  [
    "offer without proof",
    { person: { name: "Lea Kaya" }, offer: { productName: "RoutePilot", problem: "dispatch", cta: { kind: "video" } } },
  ],
] as const;

describe("draftSequence renders every template", () => {
  for (const [label, input] of cases) {
    for (const language of ["en", "de"] as const) {
      for (const formality of ["du", "sie"] as const) {
        it(`${label}, ${language}, ${formality}`, () => {
          const draft = draftSequence({ ...input, language, formality });
          expect(draft.emails.map((email) => email.step)).toEqual(SEQUENCE_STEPS);
          for (const email of draft.emails) {
            for (const text of [email.body, email.subjects.A, email.subjects.B, email.leadsTo]) {
              expect(text).not.toMatch(/[{}]|undefined|null|NaN/);
              expect(text.trim()).not.toBe("");
            }
            expect(email.subjects.A.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
            expect(email.subjects.B.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
            expect(email.body).not.toMatch(/\n{3,}| {2,}|\.\./);
          }
          expect(new Set(draft.emails.map((email) => email.body)).size).toBe(4);
        });
      }
    }
  }
});

describe("draftSequence content", () => {
  it("opens the first email with a fact and uses each fact once, in different emails", () => {
    const draft = draftSequence(richEn);
    const opening = draft.emails[0]?.body.split("\n\n")[1] ?? "";
    expect(opening.startsWith("Northwind Haulage is hiring four dispatchers in Leeds.")).toBe(true);
    const used = draft.emails.flatMap((email) => email.facts.map((fact) => fact.text));
    expect(used).toHaveLength(3);
    expect(new Set(used).size).toBe(3);
    expect(draft.emails[0]?.facts[0]?.sourceUrl).toBe("https://northwind-haulage.example/jobs");
  });

  it("tells a fact picked in the other language in the email's, and the user's own words as written", () => {
    const facts = [
      {
        text: "Raised €12M Series A (4 Mar 2026)",
        wordings: { en: "Raised €12M Series A (4 Mar 2026)", de: "Series A über 12 Mio. € (04.03.2026)" },
      },
      { text: "Hiring 3 engineers in Bremen" },
      { text: "Spoke at SaaStock", wordings: { de: "  " } },
    ];
    const german = draftSequence({ ...richDe, facts, language: "de" });
    const used = german.emails.flatMap((email) => email.facts.map((fact) => fact.text));
    expect(used.sort()).toEqual([
      "Hiring 3 engineers in Bremen",
      "Series A über 12 Mio. € (04.03.2026)",
      "Spoke at SaaStock",
    ]);
    const english = draftSequence({ ...richDe, facts, language: "en" });
    expect(english.emails.flatMap((email) => email.facts.map((fact) => fact.text))).toContain(
      "Raised €12M Series A (4 Mar 2026)",
    );
  });

  it("rotates the facts with the variant seed", () => {
    const openers = [0, 1, 2].map((variantSeed) => draftSequence({ ...richEn, variantSeed }).emails[0]?.facts[0]?.text);
    expect(new Set(openers).size).toBe(3);
  });

  it("weaves the strongest signal into the action email and the next one into curiosity", () => {
    const [, curiosity, , action] = draftSequence(richEn).emails;
    expect(action?.body).toContain("Why now: Raised a £10M Series A in October.");
    expect(curiosity?.body).toContain("Posted about peak-season delays last week.");
  });

  it("covers each step's function: proof with a metric, price and low-threshold ask", () => {
    const [, , credibility, action] = draftSequence(richEn).emails;
    expect(credibility?.body).toContain("Heron Freight (Logistics) got 38% fewer empty runs with RoutePilot");
    expect(action?.body).toContain("It starts at €490 per month.");
    expect(action?.body).toContain("Would a 15-minute call next week make sense?");
  });

  it("writes German Sie with a formal greeting, prices and metrics through Intl", () => {
    const draft = draftSequence(richDe);
    expect(draft.language).toBe("de");
    expect(draft.languageReason).toBe("profile-language");
    const body = draft.emails[3]?.body ?? "";
    expect(body.startsWith("Hallo Frau Dr. von der Heide,")).toBe(true);
    expect(body).toContain("490 € pro Monat");
    expect(body).toContain("40 % weniger Zeit");
    expect(body).toContain("Hätten Sie");
    expect(body).not.toMatch(/\b(du|dir|dein)\b/);
  });

  it("writes German Du without Sie forms", () => {
    const bodies = draftSequence({ ...richDe, formality: "du" })
      .emails.map((email) => email.body)
      .join("\n");
    expect(bodies).toContain("Hallo Anna,");
    expect(bodies).not.toMatch(/\b(Ihnen|Ihrem|Ihr Team)\b/);
  });

  it("leads every email to the chosen call to action", () => {
    const draft = draftSequence({ ...richEn, offer: { ...offerEn, cta: { kind: "benchmark" } } });
    expect(draft.cta).toBe("benchmark");
    for (const email of draft.emails) expect(email.leadsTo).toContain("a short benchmark report");
    expect(draft.emails[3]?.body).toContain("benchmark report");
  });

  it("uses a custom call to action verbatim", () => {
    const cta = { kind: "custom" as const, custom: "a free route audit" };
    const draft = draftSequence({ ...richEn, offer: { ...offerEn, cta } });
    expect(draft.emails[3]?.body).toContain("Would a free route audit be useful to you?");
    expect(draft.emails[0]?.leadsTo).toContain("a free route audit");
  });

  it("keeps the A/B subject stable per prospect and records both", () => {
    const first = draftSequence(richEn);
    const again = draftSequence({ ...richEn, variantSeed: 7 });
    expect(again.emails.map((e) => e.subjectVariant)).toEqual(first.emails.map((e) => e.subjectVariant));
    const variants = new Set(
      ["a", "b", "c", "d", "e", "f"].map(
        (id) => draftSequence({ ...sparse, person: { name: "Kim", id } }).emails[0]?.subjectVariant,
      ),
    );
    expect(variants).toEqual(new Set(["A", "B"]));
    for (const email of first.emails) expect(email.subject).toBe(email.subjects[email.subjectVariant]);
  });

  it("words the first email by the prospect's message angle: the cost of today's way, or the result others got", () => {
    const idOf = (angle: "a" | "b") =>
      ["p-1", "p-2", "p-3", "p-4", "p-5", "p-6"].find(
        (id) => draftSequence({ ...richEn, person: { ...richEn.person, id } }).angle === angle,
      );
    const [a, b] = [idOf("a"), idOf("b")].map((id) => draftSequence({ ...richEn, person: { ...richEn.person, id } }));
    if (!a || !b) throw new Error("both angles are assigned among six prospects");
    const loss = /Many teams still rely on/;
    const gain = /Teams that tackle it typically see/;
    expect(a.emails[0]?.body).toMatch(loss);
    expect(a.emails[0]?.body).not.toMatch(gain);
    expect(b.emails[0]?.body).toMatch(gain);
    expect(b.emails[0]?.body).not.toMatch(loss);
    // Only the first email differs; the angle stays with the prospect across drafts.
    expect(a.emails.slice(1).map((e) => e.body)).toEqual(b.emails.slice(1).map((e) => e.body));
    expect(draftSequence({ ...richEn, person: { ...richEn.person, id: idOf("a") }, variantSeed: 9 }).angle).toBe("a");
    const de = [idOf("a"), idOf("b")].map((id) => draftSequence({ ...richDe, person: { ...richDe.person, id } }));
    expect(de[0]?.emails[0]?.body).toMatch(/Viele Teams setzen noch auf/);
    expect(de[1]?.emails[0]?.body).toMatch(/Teams, die das angehen, sehen typischerweise/);
  });

  it("shortens an overlong subject at a word boundary", () => {
    const company = { name: "The Very Long And Extraordinarily Verbose Logistics Holding Group International" };
    const draft = draftSequence({ ...richEn, company, offer: { ...offerEn, problem: "x" } });
    for (const email of draft.emails) expect(email.subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
  });

  it("lists what a sparse prospect lacks, with messages in both languages", () => {
    const draft = draftSequence(sparse);
    expect(draft.missing).toEqual(expect.arrayContaining(["company", "facts", "signals", "offer", "sender"]));
    for (const code of draft.missing) expect(missingMessages[code].de).toBeTruthy();
    expect(draftSequence(richEn).missing).toEqual([]);
  });

  it("passes its own lint for the first email", () => {
    for (const input of [richEn, richDe]) {
      const draft = draftSequence(input);
      const email = draft.emails[0];
      if (!email) throw new Error("no email");
      const facts = (input.facts ?? []).map((fact) => fact.text);
      const signature = input.offer?.signature;
      expect(lintEmail(email, { step: "attention", language: draft.language, facts, signature })).toEqual([]);
    }
  });

  it("escapes captured text in the HTML version", () => {
    const facts = [{ text: "Acme <b>bold</b> & co hired a CTO" }];
    const draft = draftSequence({ ...sparse, facts, language: "en" });
    expect(draft.emails[0]?.html).toContain("&#60;b&#62;");
    expect(draft.emails[0]?.html).not.toContain("<b>");
  });

  it("rejects malformed input at the boundary", () => {
    expect(() => draftSequence({ person: { name: "" } })).toThrow();
  });

  it("maps to the stored draft shape with send times", () => {
    const stored = toDraftEmails(draftSequence(richEn), [1, 2, 3, 4]);
    expect(stored.map((email) => email.sendAt)).toEqual([1, 2, 3, 4]);
    expect(stored.every((email) => !email.edited)).toBe(true);
  });
});
