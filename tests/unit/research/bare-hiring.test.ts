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

  it.each([
    "We list our open roles on our job board.",
    "You can find all our open positions on our careers page.",
    "See all our openings below",
    "Alle offenen Stellen findest du auf unserer Karriereseite.",
    "Unsere Stellenangebote findest du hier.",
  ])("drops a sentence that only points to the list: %s", (quote) => {
    const told = signal("Wir suchen 3 Backend-Entwickler:innen in Leipzig.");
    expect(withoutBareHiring([signal(quote), told])).toEqual([told]);
  });

  it.each([
    "We list 12 open roles on our job board.",
    "We are hiring engineers in Leipzig; see our job board for all roles.",
    "We're looking for great people in Amsterdam.",
  ])("keeps a sentence that tells more than where the list is: %s", (quote) => {
    const told = signal("Data Engineer", { wording: { kind: "hiring", openJobs: 1, titles: ["Data Engineer"] } });
    expect(withoutBareHiring([signal(quote), told])).toHaveLength(2);
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
