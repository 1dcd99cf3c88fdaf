import { it } from "vitest";
import { researchPage } from "../../../lib/research/research-page";
import { loadFixture } from "./fixtures";

it("dump", () => {
  for (const name of (process.env.CASES ?? "").split(",")) {
    const { doc, expected } = loadFixture(name);
    const r = researchPage(doc, expected.url);
    console.log(
      name,
      JSON.stringify({
        impressum: r.impressum,
        people: r.people,
        signals: r.signals.map((s) => [s.type, s.summary]),
        funding: r.company.funding,
        posts: r.posts,
        jobs: r.jobs,
        company: { ...r.company, social: undefined },
      }),
    );
  }
});
