import { describe, expect, it } from "vitest";
import { foundersInProse } from "../../../lib/research/founders";

/** Founders named once, right after their title: the title vouches for the name, also in German. */

const names = (text: string) => foundersInProse([text]).map((person) => `${person.name} (${person.role})`);

describe("founders named after their title", () => {
  it.each([
    [
      "Die Gründer Jonas Weber und Lea Brandt haben Kranwerk 2019 in Kassel aufgebaut.",
      ["Jonas Weber (Co-founder)", "Lea Brandt (Co-founder)"],
    ],
    ["Gründerin Dr. Mara Scholz leitet heute die Entwicklung.", ["Dr. Mara Scholz (Founder)"]],
    [
      "Hinter Kranwerk stehen die Mitgründer Uwe Maas, Petra Lindner und Jan van der Berg.",
      ["Uwe Maas (Co-founder)", "Petra Lindner (Co-founder)", "Jan van der Berg (Co-founder)"],
    ],
    [
      "Our co-founders Anna Berg and Tom Li started the company in a garage.",
      ["Anna Berg (Co-founder)", "Tom Li (Co-founder)"],
    ],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    "Die Gründer Deutscher Startups und Investoren treffen sich jährlich in Berlin.",
    "Das Gründer Netzwerk Nordhessen hilft jungen Firmen.",
    "Für Gründer Kostenlose Beratung im ersten Jahr.",
    "Our founders believe in software that stays out of the way.",
    "Die Gründer Jonas Weber Software GmbH entwickelt Apps.",
  ])("names nobody in %s", (text) => {
    expect(names(text)).toEqual([]);
  });
});
