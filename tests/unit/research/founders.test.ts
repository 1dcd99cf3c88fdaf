import { describe, expect, it } from "vitest";
import { foundersInProse } from "../../../lib/research/founders";
import { researchPage } from "../../../lib/research/research-page";
import { parseHtml } from "./fixtures";

const names = (text: string) => foundersInProse(text.split("\n")).map((person) => `${person.name} (${person.role})`);

describe("foundersInProse", () => {
  it.each([
    ["Kestrel was founded in 2016 by Anna Berg and Jonas Weber in Hamburg.", ["Anna Berg", "Jonas Weber"]],
    ["Founded by Anna Berg (CEO), Tom Li (CTO) and Dr. Mara Scholz.", ["Anna Berg", "Tom Li", "Dr. Mara Scholz"]],
    ["Kestrel, co-founded by Anna Berg, a former consultant, and Tom Li, ships …", ["Anna Berg", "Tom Li"]],
  ])("%s", (text, expected) => {
    expect(foundersInProse([text]).map((person) => person.name)).toEqual(expected);
  });

  // German capitalises nouns: a name counts when the page mentions it again ("Geschäftsführung: …").
  it.each([
    ["Die Kranwerk GmbH wurde 2009 von Petra Lindner und Uwe Maas gegründet.", ["Petra Lindner", "Uwe Maas"]],
    ["Die Software von Kranwerk wurde von Petra Lindner gegründet.", ["Petra Lindner"]],
    ["Gegründet 2012 von Jan van der Berg in Leipzig.", ["Jan van der Berg"]],
  ])("%s", (text, expected) => {
    const footer = "Geschäftsführung: Petra Lindner, Uwe Maas, Jan van der Berg";
    expect(foundersInProse([text, footer]).map((person) => person.name)).toEqual(expected);
    expect(foundersInProse([text])).toEqual([]);
  });

  it("calls one founder the founder and several co-founders", () => {
    expect(names("Founded by Anna Berg.")).toEqual(["Anna Berg (Founder)"]);
    expect(names("Founded by Anna Berg and Tom Li.")).toEqual(["Anna Berg (Co-founder)", "Tom Li (Co-founder)"]);
  });

  it.each([
    "Founded by two former engineers from Hamburg.",
    "Das Unternehmen wurde von den Brüdern Jonas und Finn gegründet.",
    "We were founded in 2016 and serve 400 customers.",
    "Founded by the European Research Council.",
    "Unsere Stiftung wurde gegründet, um Kindern zu helfen.",
    "Der Verein, der 1998 von Freien Werkstätten gegründet worden war, zog 2003 nach Linz.",
  ])("names nobody in %s", (text) => {
    expect(foundersInProse([text])).toEqual([]);
  });
});

describe("founders in a page's research", () => {
  const page = `<body><main><h1>Über uns</h1><p>Kranwerk wurde 2009 von Petra Lindner und Uwe Maas gegründet.</p>
    <section><h2>Team</h2><ul><li><h3>Petra Lindner</h3><p>Geschäftsführerin</p></li><li><h3>Jonas Brandt</h3><p>Head of Sales</p></li></ul></section></main>
    <footer><p>Kranwerk GmbH · Geschäftsführung: Petra Lindner, Uwe Maas</p></footer></body>`;

  it("adds them on an about page, keeping the role a team card gives", () => {
    const url = "https://www.kranwerk.example/ueber-uns";
    const people = researchPage(parseHtml(page, url), url).people;
    expect(people.map((person) => `${person.name} (${person.role})`)).toEqual([
      "Petra Lindner (Geschäftsführerin)",
      "Jonas Brandt (Head of Sales)",
      "Uwe Maas (Co-founder)",
    ]);
  });

  it("leaves other companies' founders out of a blog post, and keeps those the company's own sentence names", () => {
    const url = "https://www.kranwerk.example/blog/crane-history";
    const post = `<body><main><h1>Hundert Jahre Kräne</h1>
      <p>Die Hafenkran AG wurde 1925 von Uwe Maas gegründet.</p><p>Kranwerk wurde 2009 von Petra Lindner und Jonas Brandt gegründet.</p>
      </main></body>`;
    const people = researchPage(parseHtml(post, url), url).people;
    expect(people.map((person) => person.name)).toEqual(["Petra Lindner", "Jonas Brandt"]);
  });
});
