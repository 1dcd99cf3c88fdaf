import type { TemplatePack } from "./types";

/**
 * German wording, with Du and Sie. User-written phrases stay in the nominative, so they are placed
 * after "das Thema", a colon or in parentheses, where German grammar does not decline them.
 */
export const de: TemplatePack = {
  language: "de",
  steps: {
    attention: {
      subjects: {
        A: [
          ["{company}: {problem}"],
          ["Ein Gedanke zum Thema {problem}"],
          ["Ein Gedanke für {company}"],
          ["Ein kurzer Gedanke"],
        ],
        B: [
          ["{firstName}, {problem} bei {company}?"],
          ["{problem}: eine Frage"],
          ["Eine Frage an {company}"],
          ["Eine kurze Frage"],
        ],
      },
      paragraphs: [
        [
          [
            "{fact1} In der Branche {industry} ist das oft der Moment, in dem {problem} richtig Geld kostet.",
            "{fact1} In der Branche {industry} wird {problem} genau dann meist jeden Monat teurer.",
          ],
          ["{fact1} Genau dann wird {problem} meist spürbar teurer."],
          ["{fact1}"],
          [
            {
              du: "Dein Profil ist mir bei der Recherche zu {company} aufgefallen.",
              sie: "Ihr Profil ist mir bei der Recherche zu {company} aufgefallen.",
            },
          ],
          [{ du: "Dein Profil ist mir aufgefallen.", sie: "Ihr Profil ist mir aufgefallen." }],
        ],
        {
          angle: {
            a: [
              ["Viele Teams setzen noch auf {alternative}; {shortfall}."],
              ["Teams, die das angehen, sehen typischerweise {metric1}."],
            ],
            b: [
              ["Teams, die das angehen, sehen typischerweise {metric1}."],
              ["Viele Teams setzen noch auf {alternative}; {shortfall}."],
            ],
          },
        },
        [
          [
            {
              du: "Steht das Thema {problem} bei dir gerade auf der Liste?",
              sie: "Steht das Thema {problem} bei Ihnen gerade auf der Liste?",
            },
          ],
          ["{ctaAsk}"],
        ],
      ],
      leadsTo: [
        [
          "Steigt mit der Situation des Kontakts ein und benennt das Problem, damit der nächste Schritt relevant wirkt: {ctaNoun}.",
        ],
      ],
    },
    curiosity: {
      subjects: {
        A: [["Wie andere das Thema {problem} lösen"], ["Wie vergleichbare Teams es gelöst haben"]],
        B: [["{firstName}, eine Frage zum Thema {problem}"], ["Was vergleichbare Unternehmen anders machen"]],
      },
      paragraphs: [
        [
          [
            {
              du: "{fact2} Da frage ich mich: Wie löst ihr bei {company} heute das Thema {problem}?",
              sie: "{fact2} Da frage ich mich: Wie lösen Sie bei {company} heute das Thema {problem}?",
            },
            {
              du: "{fact2} Das wirft eine Frage auf: Wie löst ihr bei {company} heute das Thema {problem}?",
              sie: "{fact2} Das wirft eine Frage auf: Wie lösen Sie bei {company} heute das Thema {problem}?",
            },
          ],
          [
            {
              du: "Kurze Frage: Wie löst ihr bei {company} heute das Thema {problem}?",
              sie: "Kurze Frage: Wie lösen Sie bei {company} heute das Thema {problem}?",
            },
          ],
          [
            {
              du: "Kurze Frage: Wie löst dein Team heute das Thema {problem}?",
              sie: "Kurze Frage: Wie löst Ihr Team heute das Thema {problem}?",
            },
          ],
          [
            {
              du: "Kurze Frage: Welchen Prozess würde dein Team dieses Jahr am liebsten beschleunigen?",
              sie: "Kurze Frage: Welchen Prozess würde Ihr Team dieses Jahr am liebsten beschleunigen?",
            },
          ],
        ],
        [
          [
            "Vergleichbare Unternehmen aus der Branche {industry} haben {alternative} hinter sich gelassen und berichten heute von {metric1}.",
          ],
          ["Vergleichbare Unternehmen haben {alternative} hinter sich gelassen und berichten heute von {metric1}."],
          ["Vergleichbare Teams berichten von {metric1}, meist durch einen anderen Prozess statt durch mehr Personal."],
          [
            "Das Überraschende: Vergleichbare Teams haben es zuerst über den Prozess gelöst und erst dann über Werkzeuge.",
          ],
        ],
        [["Dazu kommt: {signal2} Das macht die Frage meist dringlicher."]],
        [["{ctaOffer}"]],
      ],
      leadsTo: [
        [
          "Stellt eine Frage und deutet an, wie Vergleichbare sie gelöst haben; die Antwort liefert der nächste Schritt: {ctaNoun}.",
        ],
      ],
    },
    credibility: {
      subjects: {
        A: [["{caseOutcome} bei {caseCustomer}"], ["Was {caseCustomer} geändert hat"], ["Eine Zahl aus der Praxis"]],
        B: [["So erreichte {caseCustomer} {caseOutcome}"], ["Was die Zahlen sagen"]],
      },
      paragraphs: [
        [
          ["{caseCustomer} ({caseIndustry}) hat mit {product} {caseOutcome} erreicht, {caseTimeframe}."],
          ["{caseCustomer} hat mit {product} {caseOutcome} erreicht, {caseTimeframe}."],
          ["{caseCustomer} ({caseIndustry}) hat mit {product} {caseOutcome} erreicht."],
          ["{caseCustomer} hat mit {product} {caseOutcome} erreicht."],
          ["{references} setzen {product} genau dafür ein."],
          ["Bei vergleichbaren Teams liegt das Ergebnis bei {metric1}."],
          [
            {
              du: "Statt Versprechen zeige ich dir lieber Zahlen von Teams wie deinem.",
              sie: "Statt Versprechen zeige ich Ihnen lieber Zahlen von Teams wie Ihrem.",
            },
          ],
        ],
        [
          [
            "{fact3} Deshalb halte ich ähnliche Zahlen auch bei {company} für realistisch.",
            {
              du: "{fact3} Deshalb halte ich ähnliche Zahlen auch bei euch für realistisch.",
              sie: "{fact3} Deshalb halte ich ähnliche Zahlen auch bei Ihnen für realistisch.",
            },
          ],
        ],
        [["{ctaAsk}"]],
      ],
      leadsTo: [
        [
          "Belegt den Nutzen mit einer Kennzahl eines vergleichbaren Kunden; das senkt die Hürde für den nächsten Schritt: {ctaNoun}.",
        ],
      ],
    },
    action: {
      subjects: {
        A: [
          ["{product} für {company}: der nächste Schritt"],
          ["Ein konkreter Vorschlag für {company}"],
          ["Ein konkreter Vorschlag"],
        ],
        B: [["Zum Abschluss: das Thema {problem}"], ["{firstName}, kurz zum Abschluss"], ["Kurz zum Abschluss"]],
      },
      paragraphs: [
        [
          [
            {
              du: "Konkret: {product} nimmt deinem Team das Thema {problem} ab, mit dem Ziel: {metric1}.",
              sie: "Konkret: {product} nimmt Ihrem Team das Thema {problem} ab, mit dem Ziel: {metric1}.",
            },
          ],
          [
            {
              du: "Konkret: {product} nimmt deinem Team das Thema {problem} ab.",
              sie: "Konkret: {product} nimmt Ihrem Team das Thema {problem} ab.",
            },
          ],
          [
            {
              du: "Konkret: Ich würde mir mit dir anschauen, wo {company} heute Zeit verliert.",
              sie: "Konkret: Ich würde mir mit Ihnen anschauen, wo {company} heute Zeit verliert.",
            },
          ],
          [
            {
              du: "Konkret: Ich würde mir mit dir anschauen, wo dein Team heute Zeit verliert.",
              sie: "Konkret: Ich würde mir mit Ihnen anschauen, wo Ihr Team heute Zeit verliert.",
            },
          ],
        ],
        [["Der Einstieg liegt bei {price}."]],
        [
          [
            "Warum jetzt: {signal1} Jeder Monat Warten macht die Umstellung größer, nicht kleiner.",
            "Warum jetzt: {signal1} Solche Veränderungen machen das Thema {problem} meist teurer, nicht günstiger.",
          ],
          ["Jeder weitere Monat mit dem Status quo kostet: {shortfall}."],
          ["Abwarten macht es selten günstiger."],
        ],
        [
          [
            {
              du: "{ctaAsk} Falls es gerade nicht passt, reicht ein kurzes „Nein“, dann melde ich mich nicht mehr.",
              sie: "{ctaAsk} Falls es gerade nicht passt, genügt ein kurzes „Nein“, dann melde ich mich nicht mehr.",
            },
          ],
        ],
      ],
      leadsTo: [
        [
          "Macht das Angebot konkret (Lösung, Preis, warum jetzt) und bittet direkt um den nächsten Schritt: {ctaNoun}.",
        ],
      ],
    },
  },
  cta: {
    "call-15": {
      noun: "ein 15-minütiges Gespräch",
      ask: {
        du: "Hättest du nächste Woche 15 Minuten für ein kurzes Gespräch?",
        sie: "Hätten Sie nächste Woche 15 Minuten für ein kurzes Gespräch?",
      },
      offer: {
        du: "Wenn es hilft, zeige ich dir in 15 Minuten, wie es dort gelöst wurde.",
        sie: "Wenn es hilft, zeige ich Ihnen in 15 Minuten, wie es dort gelöst wurde.",
      },
    },
    video: {
      noun: "ein 3-minütiges Video",
      ask: {
        du: "Darf ich dir ein 3-minütiges Video schicken, das es an einem ähnlichen Beispiel zeigt?",
        sie: "Darf ich Ihnen ein 3-minütiges Video schicken, das es an einem ähnlichen Beispiel zeigt?",
      },
      offer: {
        du: "Wenn es hilft, schicke ich dir ein 3-minütiges Video dazu.",
        sie: "Wenn es hilft, schicke ich Ihnen ein 3-minütiges Video dazu.",
      },
    },
    benchmark: {
      noun: "ein kurzes Benchmarking",
      ask: {
        du: "Soll ich dir das Benchmarking mit den Zahlen vergleichbarer Unternehmen schicken?",
        sie: "Soll ich Ihnen das Benchmarking mit den Zahlen vergleichbarer Unternehmen schicken?",
      },
      offer: {
        du: "Wenn es hilft, schicke ich dir das Benchmarking mit den Zahlen vergleichbarer Unternehmen.",
        sie: "Wenn es hilft, schicke ich Ihnen das Benchmarking mit den Zahlen vergleichbarer Unternehmen.",
      },
    },
    custom: {
      noun: "{ctaCustom}",
      ask: { du: "Wäre das für dich interessant: {ctaCustom}?", sie: "Wäre das für Sie interessant: {ctaCustom}?" },
      offer: {
        du: "Wenn es hilft, biete ich dir gern Folgendes an: {ctaCustom}.",
        sie: "Wenn es hilft, biete ich Ihnen gern Folgendes an: {ctaCustom}.",
      },
    },
  },
  closing: { du: "Viele Grüße", sie: "Beste Grüße" },
  pricePer: { month: "pro Monat", year: "pro Jahr", "user-month": "pro Nutzer und Monat", once: "(einmalig)" },
  price: "{amount} {per}",
};
