import { describe, expect, it } from "vitest";
import { withoutBareHiring } from "../../../lib/research/bare-hiring";
import { mergeResearch } from "../../../lib/research/merge";
import { researchPage } from "../../../lib/research/research-page";
import type { SiteSignal } from "../../../lib/research/types";
import { loadFixture } from "./fixtures";

const signal = (quote: string, extra: Partial<SiteSignal> = {}): SiteSignal => ({
  type: "hiring",
  summary: quote,
  quote,
  sourceUrl: "https://www.brightwave.example/karriere",
  ...extra,
});

describe("withoutBareHiring", () => {
  it("drops call-outs beside a hiring signal that tells what is hired", () => {
    const told = signal("Data Engineer; Account Executive", {
      wording: { kind: "hiring", openJobs: 2, titles: ["Data Engineer", "Account Executive"] },
    });
    const kept = withoutBareHiring([signal("Wir stellen ein!"), told, signal("Open positions")]);
    expect(kept).toEqual([told]);
  });

  it("keeps a sentence that names roles or counts beside the call-outs", () => {
    const sentence = signal("Wir suchen 3 Backend-Entwickler:innen in Leipzig.");
    expect(withoutBareHiring([signal("Offene Stellen"), sentence]).map((s) => s.quote)).toEqual([sentence.quote]);
  });

  it("keeps a call-out when it is all the site tells, and leaves other signals alone", () => {
    const launch = signal("Launch", { type: "product-launch" });
    expect(withoutBareHiring([signal("We're hiring!"), launch])).toHaveLength(2);
  });

  it("leaves a careers page with its jobs without its headings as signals of their own", () => {
    const { doc, expected } = loadFixture("careers-de");
    const page = researchPage(doc, expected.url);
    const callOuts = ["Wir stellen ein!", "Komm in unser Team."];
    expect(page.signals.map((s) => s.quote)).toEqual(expect.arrayContaining(callOuts));
    const hiring = mergeResearch([page]).signals.filter((s) => s.type === "hiring");
    expect(hiring.map((s) => s.quote)).toEqual([
      "Senior Data Engineer (m/w/d); Werkstudent*in Marketing",
      "Aktuell haben wir 3 offene Stellen in Hamburg und remote.",
    ]);
  });
});
