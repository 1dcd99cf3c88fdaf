import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { extractLinkedInProfile } from "../../../lib/capture/linkedin/profile";

const url = "https://nl.linkedin.com/in/wessel-van-dijk";

/** A public profile with `count` schools (every other one without years) and `count` roles of one employer. */
function longProfile(count: number): string {
  const school = (i: number) => `<li class="profile-section-card education__list-item">
    <div class="profile-section-card__contents"><h3><a href="https://nl.linkedin.com/school/polder-academy-${i}/">Polder Academy ${i}</a></h3>
    <h4><span class="degree-info">Diploma</span><span class="degree-info">Hydrology</span></h4>
    ${i % 2 ? "" : `<div class="meta"><p><span class="date-range"><time>${1990 + (i % 30)}</time> - <time>${1992 + (i % 30)}</time></span></p></div>`}
    </div></li>`;
  const role = (i: number) => `<li class="profile-section-card experience-group-position">
    <div class="profile-section-card__contents"><h3>Dike Inspector ${i}</h3>
    <div class="meta"><p><span class="date-range"><time>Jan ${1990 + (i % 30)}</time> - <time>Dec ${1990 + (i % 30)}</time><span>1 year</span></span></p></div>
    </div></li>`;
  const many = (make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join("");
  return `<html><body><main>
    <section class="top-card-layout"><h1 class="top-card-layout__title">Wessel van Dijk</h1><h2>Dike inspector</h2></section>
    <section class="core-section-container experience"><h2>Experience</h2><ul>
      <li class="experience-group"><a href="https://nl.linkedin.com/company/waterschap-noord"><h4>Waterschap Noord</h4><p>30 years</p></a>
      <ul class="experience-group__positions">${many(role)}</ul></li></ul></section>
    <section class="core-section-container education"><h2>Education</h2><ul class="education__list">${many(school)}</ul></section>
  </main></body></html>`;
}

/** Calls of DOM methods that compare or search nodes, counted over one capture. */
function captureWork(count: number): { calls: number; schools: number; roles: number } {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  const doc = new window.DOMParser().parseFromString(longProfile(count), "text/html") as unknown as Document;
  let calls = 0;
  const prototypes = [window.Node.prototype, window.Element.prototype] as unknown as Record<string, unknown>[];
  for (const prototype of prototypes) {
    for (const name of ["contains", "compareDocumentPosition", "closest", "querySelector", "querySelectorAll"]) {
      const original = prototype[name];
      if (typeof original !== "function" || !Object.hasOwn(prototype, name)) continue;
      prototype[name] = function (this: unknown, ...args: unknown[]) {
        calls++;
        return (original as (...inner: unknown[]) => unknown).apply(this, args);
      };
    }
  }
  const person = extractLinkedInProfile(doc, url, Date.UTC(2026, 0, 15))?.person;
  return { calls, schools: person?.education?.length ?? 0, roles: person?.experience?.length ?? 0 };
}

describe("a long career", () => {
  it("costs work in proportion to its entries", () => {
    const small = captureWork(40);
    const large = captureWork(160);
    expect(small).toMatchObject({ schools: 40, roles: 40 });
    expect(large).toMatchObject({ schools: 160, roles: 160 });
    // Four times the entries: about four times the calls, far from the sixteen of a pairwise scan.
    expect(large.calls).toBeLessThan(small.calls * 5);
  });

  it("keeps schools in page order and groups roles under their employer", () => {
    const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
    const doc = new window.DOMParser().parseFromString(longProfile(6), "text/html") as unknown as Document;
    const person = extractLinkedInProfile(doc, url, Date.UTC(2026, 0, 15))?.person;
    expect(person?.education?.map((education) => education.school)).toEqual(
      Array.from({ length: 6 }, (_, i) => `Polder Academy ${i}`),
    );
    expect(person?.education?.[1]).toEqual({ school: "Polder Academy 1", degree: "Diploma Hydrology" });
    expect(new Set(person?.experience?.map((position) => position.companyName))).toEqual(new Set(["Waterschap Noord"]));
  });
});
