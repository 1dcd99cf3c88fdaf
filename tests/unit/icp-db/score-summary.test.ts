import { expect, test } from "vitest";
import { icpTemplates } from "@/lib/icp/templates";
import { score, scoreSummary } from "@/lib/scoring/score";
import { company, criterion, icp, NOW, person, signal } from "../scoring/support";

const prospects = [
  { person: person("lena"), company: company("alpenglow") },
  { person: person("max"), company: company("nordlicht") },
  { person: person("nameonly") },
  {},
];

test.each(icpTemplates)("the summary rescoring stores equals the full score without its rows: $id", (template) => {
  const theIcp = icp(template.criteria.map((draft) => criterion(draft)));
  const signals = [signal("hiring", "Hiring 3 engineers", NOW)];
  for (const { person: who, company: where } of prospects) {
    const { breakdown: _rows, nextResearch: _hints, ...full } = score(who, where, theIcp, signals, NOW);
    expect(scoreSummary(who, where, theIcp, signals, NOW)).toEqual(full);
  }
});
