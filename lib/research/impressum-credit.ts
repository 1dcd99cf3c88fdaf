/** Credit lines of an Impressum: they name the agency, host, photographer, insurer or bank, not the company. */

// Credits name the agency, host or photographer, not the company ("Webdesign: Studio Kranich GmbH"); so do
// the insurer and the bank ("Berufshaftpflichtversicherung: Alpina Versicherung AG").
export const credit =
  /\b(?:konzeption|gestaltung|design|webdesign|umsetzung|realisierung|programmierung|hosting|fotos?|fotografie|bildnachweis|bildquellen|bildrechte|grafik|layout|photos?|images?|development|built|made|created|powered|realised|realized|realisation|realization|realisiert|erstellt|entwickelt|gestaltet|\p{L}*versicherung|versicherer|insurer|insurance|bank(?:verbindung)?|kreditinstitut|host(?:ed|er)?|gehostet)\b(?:[^:]{0,30}:|\s+(?:by|von|durch)\b)/iu;
