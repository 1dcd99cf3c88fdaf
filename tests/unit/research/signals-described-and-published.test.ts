import { describe, expect, it } from "vitest";
import { extractSignals } from "../../../lib/research/signals";

const url = "https://www.kestrel.example/news/update";
const signals = (line: string) => extractSignals([line], url, "2025-03-23");
const types = (line: string) => signals(line).map((signal) => signal.type);
const investors = (line: string) => signals(line).find((signal) => signal.funding)?.funding?.investors;

describe("investors described before their names", () => {
  it("keeps the person, not a title or fame before the name", () => {
    expect(
      investors(
        "Kestrel sammelt 3 Millionen Euro ein. An der Runde beteiligt sind Fußball-Weltmeister Jonas Brandt und Business Angel Tom Li.",
      ),
    ).toEqual(["Jonas Brandt", "Tom Li"]);
    expect(investors("Kestrel erhält 2 Millionen Euro von Ex-Nationalspielerin Mara Feld Ostermann.")).toEqual([
      "Mara Feld Ostermann",
    ]);
  });

  it("keeps the person, not a role held at another company", () => {
    expect(
      investors("Kestrel raises $2M seed round from Serial Entrepreneur Mara Feld and former CEO of Harbor Tim Roth."),
    ).toEqual(["Mara Feld", "Tim Roth"]);
  });

  it("keeps firms whose last words look like a name", () => {
    expect(investors("Kestrel raises $5M led by Lindqvist Harbor Brandt Okafor.")).toEqual([
      "Lindqvist Harbor Brandt Okafor",
    ]);
  });
});

describe("guests welcomed and content published are no company news", () => {
  it("reads no leadership change in a guest welcomed to an event", () => {
    expect(types("We are welcoming the CEO of Northwind to our panel.")).not.toContain("leadership-change");
    expect(types("Kestrel welcomes Anna Berg, CEO of Northwind, to the stage.")).not.toContain("leadership-change");
    expect(types("Kestrel welcomes Anna Berg as its new CEO.")).toContain("leadership-change");
    expect(types("Kestrel welcomes Tom Li, former CTO of Northwind, as its new VP of Engineering.")).toContain(
      "leadership-change",
    );
  });

  it("reads no product launch in a film, episode, report or study", () => {
    expect(types("We released a new brand film.")).not.toContain("product-launch");
    expect(types("Kestrel launches a new podcast episode on data privacy.")).not.toContain("product-launch");
    expect(types("We have released our annual report on the state of logistics.")).not.toContain("product-launch");
    expect(types("Kestrel stellt die neue Logistik-Studie vor.")).not.toContain("product-launch");
  });

  it("still reads products named after such words", () => {
    expect(types("Kestrel launches a new video editor for teams.")).toContain("product-launch");
    expect(types("We released our new report builder.")).toContain("product-launch");
    expect(types("Kestrel stellt die neue Plattform für Logistik vor.")).toContain("product-launch");
  });

  it("reads no launch in a show named in a headline, nor in one still explored", () => {
    expect(types("Kestrel Launches Harbor Talk Podcast, Delivering Weekly Logistics Stories")).not.toContain(
      "product-launch",
    );
    expect(types("The partner brand is exploring the launch of a new drink for the US market.")).not.toContain(
      "product-launch",
    );
    expect(types("Kestrel Launches Harbor Flow, a Planning App for Fleets")).toContain("product-launch");
  });
});
