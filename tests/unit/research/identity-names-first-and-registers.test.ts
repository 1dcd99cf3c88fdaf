import { describe, expect, it } from "vitest";
import { directors } from "../../../lib/research/impressum-people";
import { registerCourt, registerNumber } from "../../../lib/research/legal";

describe("names written surname first with particles or two given names", () => {
  it.each([
    [["Geschäftsführerin: von Bergen, Clara"], ["Clara von Bergen"]],
    [["Vertreten durch: van der Heide, Dr. Jan"], ["Dr. Jan van der Heide"]],
    [["Geschäftsführer: Kranz-Olsen, Lena Marie"], ["Lena Marie Kranz-Olsen"]],
    [["Geschäftsführer: Berg, Tom; Kranz, Lena"], ["Tom Berg", "Lena Kranz"]],
    [
      ["Geschäftsführung", "von der Heide, Jan", "Kranz, Lena"],
      ["Jan von der Heide", "Lena Kranz"],
    ],
    [["Verwaltungsrat: Muster, Hans, von Zürich, in Zug"], ["Hans Muster"]],
    [["Geschäftsführerin: Kranz, Lena, deutsche Staatsangehörige, in Kiel"], ["Lena Kranz"]],
  ])("reads %j", (lines, names) => {
    expect(directors(lines)).toEqual(names);
  });

  it("reads a name without a comma as written", () => {
    expect(directors(["Geschäftsführer: Kranz-Olsen Lena"])).toEqual(["Kranz-Olsen Lena"]);
  });

  it("reads the name under a heading that is only the word for the representative", () => {
    expect(directors(["Vertretungsberechtigter", "Lorenz Falk"])).toEqual(["Lorenz Falk"]);
    expect(directors(["Vertretungsberechtigt: Lorenz Falk"])).toEqual(["Lorenz Falk"]);
  });

  it("reads no name after a sentence that ends in the word", () => {
    expect(directors(["Die Gesellschafterin ist allein vertretungsberechtigt", "Lorenz Falk"])).toEqual([]);
  });

  it("keeps a full name followed by a town", () => {
    expect(directors(["Geschäftsführer: Tom Berg, Reichshof"])).toEqual(["Tom Berg"]);
  });
});

describe("register numbers written other ways", () => {
  it.each([
    ["Handelsregister: Amtsgericht Neustadt, HRB-Nr. 12345", "HRB 12345"],
    ["HRB Nr.: 4711", "HRB 4711"],
    ["Eingetragen im Handelsregister B 12345", "HRB 12345"],
    ["Handelsregister Abteilung A Nr. 678", "HRA 678"],
    ["eingetragen beim Amtsgericht Neustadt unter der Nummer 12345", "12345"],
    ["Handelsregister: 12345", "12345"],
    ["HR-Nr.: 12345", "12345"],
    ["HRA Kiel 87106", "HRA 87106"],
    ["HRB Frankfurt am Main 4711", "HRB 4711"],
    ["Registre du commerce: Genève, CHE-123.456.789", "CHE-123.456.789"],
  ])("reads %s", (line, number) => {
    expect(registerNumber(line)).toBe(number);
  });

  it("reads no number from a phone line", () => {
    expect(registerNumber("Sie erreichen uns unter der Nummer 0800 1234")).toBeUndefined();
  });
});

describe("register courts written other ways", () => {
  it.each([
    ["Registergericht: Amtsgericht Frankfurt a. M., HRB 1234", "Amtsgericht Frankfurt a. M."],
    ["Register court: Local court Munich", "Local Court Munich"],
    ["Commercial register: Munich Local Court, HRB 12345", "Local Court Munich"],
    ["Commercial Register of the Canton of Zurich", "Commercial Register of the Canton of Zurich"],
    ["Registre du commerce: Genève", "Registre du commerce Genève"],
    ["Handelsregister Abteilung A Nr. 678, Amtsgericht Neustadt", "Amtsgericht Neustadt"],
    ["HRA Kiel 87106", "Amtsgericht Kiel"],
  ])("reads %s", (line, court) => {
    expect(registerCourt(line)).toBe(court);
  });
});
