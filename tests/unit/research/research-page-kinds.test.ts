import { describe, expect, it } from "vitest";
import { researchPage } from "../../../lib/research/research-page";
import { parseHtml } from "./fixtures";

const research = (body: string, url: string) =>
  researchPage(
    parseHtml(`<!doctype html><html lang="en"><head><title>Page</title></head><body>${body}</body></html>`, url),
    url,
  );

// Cards with a name and a role, as a team page sets them and as a post sets its contacts or backers.
const cards = `<section><h2>Contacts</h2>
  <div class="card"><h3>Maren Holtgrefe</h3><p>Head of Communications</p></div>
  <div class="card"><h3>Ilias Vardakis</h3><p>Partner at Kestrel Capital</p></div></section>`;

describe("people by kind of page", () => {
  it("reads people from the cards of an about page", () => {
    const about = research(cards, "https://www.fernhall-systems.example/about");
    expect(about.people.map((person) => person.name)).toEqual(["Maren Holtgrefe", "Ilias Vardakis"]);
  });

  it("takes no one from the same cards on a press release, a blog post or a job board", () => {
    for (const url of [
      "https://www.fernhall-systems.example/press/fernhall-raises-seed-round",
      "https://www.fernhall-systems.example/blog/our-seed-round",
      "https://boards.greenhouse.io/fernhall/jobs/4021",
    ]) {
      expect(research(cards, url).people).toEqual([]);
    }
  });

  it("reads the founders a press release's own sentence about the company names", () => {
    const release = `<article><h1>Fernhall raises its seed round</h1>
      <p>Fernhall Systems was founded in 2019 by Tjark Wiese and Linnea Sörensen.</p></article>${cards}`;
    const press = research(release, "https://www.fernhall-systems.example/press/seed-round");
    expect(press.people.map((person) => person.name)).toEqual(["Tjark Wiese", "Linnea Sörensen"]);
  });
});
