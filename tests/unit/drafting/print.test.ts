import { it } from "vitest";
import { draftSequence } from "@/lib/drafting/sequence";
import { richDe, richEn, sparse } from "./fixtures";

it("prints", () => {
  for (const input of [richDe, { ...richDe, formality: "du" as const }, richEn, sparse, { ...sparse, language: "de" as const }]) {
    const d = draftSequence(input);
    console.log(`=== ${d.language}/${d.formality} missing=${d.missing.join(",")}`);
    for (const e of d.emails) console.log(`--- ${e.step} [${e.subjectVariant}] ${e.subjects.A} | ${e.subjects.B}\n${e.body}\n(leadsTo: ${e.leadsTo})`);
  }
});
