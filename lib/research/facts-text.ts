import { clean, joinedLines, unique } from "./text";

/** Company facts stated in prose: team size, founding year, offices, headquarters. */

export { employeeHints } from "./facts-employees";
export { foundedYear } from "./facts-founded";

// A full stop inside a name ("St.Gallen") but not one that ends a sentence ("Köln. Seit 2009 …").
const word = "[A-ZÄÖÜ](?:[\\wäöüß\\-]|\\.(?![\\s]|$))+";
// "Berlin", "San Francisco", "Frankfurt am Main", "Mülheim an der Ruhr" (not "Berlin am Potsdamer Platz").
const place = `${word}(?:\\s${word}|\\s(?:am|an der)\\s${word}(?!\\s[A-ZÄÖÜ]))?`;
// Countries named with an article ("der Schweiz", "den USA", "the UK", "im Vereinigten Königreich"). Only
// these take one: "in der Nähe" or "in the heart of" name no place.
const articleCountries =
  "Schweiz|Niederlanden?|Türkei|Slowakei|Ukraine|USA|Vereinigten Staaten|Vereinigten Arabischen Emiraten?|Vereinigten Königreich|Tschechischen Republik|Philippinen|UK|US|Netherlands|United States|United Kingdom|United Arab Emirates|UAE|Czech Republic|Philippines|Benelux|Nordics";
const article = /^(?:in\s+)?(?:(?:the|der|den|die|im)\s+)?/;
const withArticle = /^(?:in\s+)?(?:the|der|den|die|im)\s/;
const listed = `(?:(?:the|der|den|die|im)\\s+(?:${articleCountries})(?![\\wäöüß])|${place})`;
// Places apart by commas, "and", or the dots and bars of footers ("Austin · Lisbon · London"); a
// list may repeat its "in" ("in Frankreich, im Vereinigten Königreich und in Deutschland").
const separator = ",\\s*(?:and\\s+|und\\s+)?|\\s+(?:and|und|&|·|•|\\|)\\s+";
const placeList = `(${listed}(?:(?:${separator})(?:in\\s+)?${listed})*)`;
// "Standorte in", also with a verb between ("Standorte haben wir in", "Hauptsitz ist in", "offices are located in").
const placedIn =
  "(?:\\s+(?:ist|sind|befindet sich|befinden sich|liegt|liegen|haben wir|is|are))?(?:\\s+(?:located|situated|based))?\\s+in";
// Subsidiaries count when they are the company's own ("unsere Tochtergesellschaften in", "our subsidiaries
// in"): a privacy notice names another firm's ("Tochtergesellschaften in den USA" of a provider).
const ownBranches =
  "(?:[Uu]nsere|[Ee]igenen?|[Oo]ur|[Oo]wn)\\s+(?:[a-zäöü]+\\s+)?(?:Tochtergesellschaften|Vertriebsgesellschaften|Tochterunternehmen|Gesellschaften|subsidiaries|sales subsidiaries)";
const branchWords =
  "Vertriebsgesellschaften|Tochtergesellschaften|Niederlassungen|Standorten|Büros|Gesellschaften|Vertretungen";
const officesPattern = new RegExp(
  [
    `(?:[Oo]ffices?|[Ll]ocations?|[Ss]tandort(?:e|en)?|[Bb]üros?|[Nn]iederlassungen|[Gg]eschäftsstellen|[Hh]auptsitz|[Ff]irmensitz|[Hh]eadquarters|${ownBranches})${placedIn}\\s+${placeList}`,
    `(?:[Bb]ased in|[Ss]itz in|[Hh]eadquartered in)\\s+${placeList}`,
    // "an den Standorten Frankfurt am Main, Leipzig und Wien", "Offices: London, Berlin"
    `(?:[Ss]tandort(?:e|en)|(?:[Oo]ffices|[Ll]ocations|[Bb]üros|[Nn]iederlassungen):)\\s+${placeList}`,
    // The places first: "In Frankreich, Italien und den USA sind wir mit eigenen Vertriebsgesellschaften vertreten".
    `(?:^|[.!?]\\s+)In\\s+${placeList}\\s+(?:sind|ist|haben|hat|unterhalten|unterhält)\\s+(?:wir|[A-ZÄÖÜ][\\w&.-]*)\\s+(?:mit\\s+)?(?:[a-zäöü]+\\s+)?(?:${branchWords})\\b`,
  ].join("|"),
  "g",
);

// A label on a line of its own, the places on the next ("Standorte" above "Köln, Bonn").
const labelWords = "Standorte?|Offices|Locations|Büros|Niederlassungen";
const officeLabel = new RegExp(`^(?:our |unsere )?(?:${labelWords})\\s*:?$`, "i");
// The words every office statement holds: a line without one is not searched with the full pattern.
const officeWord =
  /[Oo]ffice|[Ll]ocation|[Ss]tandort|[Bb]üro|[Nn]iederlassung|[Gg]eschäftsstelle|[Hh]auptsitz|[Ff]irmensitz|[Hh]eadquarter|[Ss]ubsidiar|[Gg]esellschaften|[Tt]ochterunternehmen|[Bb]ased in|[Ss]itz in|(?:^|\n|[.!?]\s)In\s/;
// One search of the whole text: an office word, or a label on a line of its own.
const anyOffice = new RegExp(
  `${officeWord.source}|(?:^|\\n)(?:[Oo]ur |[Uu]nsere )?(?:${labelWords.toLowerCase()}|${labelWords})[ \\t]*:?\\n`,
);
const wholeList = new RegExp(`^${placeList}$`);

const clauseVerb =
  /^\s+(?:is|are|was|were|has|have|had|offers|builds|helps|develops|provides|makes|ist|sind|war|hat|haben|wird|werden|bietet|entwickelt|hilft|unterstützt)\b/;
// "Our customer Ridgeway Foods, based in Chicago": the place of someone else.
const someoneElse = /\b(?:[Cc]ustomers?|[Cc]lients?|[Kk]unden?|[Kk]undin)\s+(?:[A-ZÄÖÜ][\w&.'-]*\s*){1,4},\s*$/;
// "… unseres Partners Kranwerk AG mit dem Sitz in der Schweiz": a partner's or customer's seat, named in the genitive.
const theirSeat =
  /\b(?:unseres|unserer|unseren|our|des|der)\s+(?:Partners?|Kunden|Lieferanten|Herstellers|partner|customer|client|supplier)\b[^.!?]{0,60}$/;
// States and countries after a city ("Austin, Texas", "Berlin, Germany") tell where the city is.
const regions = new Set([
  ..."alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming ca ny tx ma wa il co fl ga nc usa us uk germany deutschland austria österreich switzerland schweiz france frankreich spain spanien italy italien netherlands niederlande portugal poland polen ireland canada india großbritannien belgien belgium luxemburg luxembourg dänemark denmark schweden sweden norwegen norway finnland finland tschechien czechia ungarn hungary rumänien romania slowakei slovakia türkei turkey china japan australien australia brasilien brazil mexiko mexico".split(
    " ",
  ),
  // German and Austrian states, Italian regions and Swiss cantons after a town ("Ala, Trentino").
  ..."bayern bavaria baden-württemberg hessen sachsen thüringen brandenburg niedersachsen nordrhein-westfalen nrw rheinland-pfalz saarland schleswig-holstein mecklenburg-vorpommern sachsen-anhalt tirol vorarlberg kärnten steiermark burgenland niederösterreich oberösterreich trentino südtirol lombardia lombardei piemonte veneto toscana emilia-romagna lazio sicilia sardegna aargau thurgau graubünden wallis tessin ticino".split(
    " ",
  ),
  "united states",
  "united kingdom",
  "great britain",
  "vereinigten staaten",
  "vereinigten königreich",
]);

/** Places named after "offices in", "Standorte in", "based in". */
export function officeLocations(lines: readonly string[]): string[] {
  if (!anyOffice.test(joinedLines(lines))) return [];
  const places: string[] = [];
  for (const [index, line] of lines.entries()) {
    for (const match of officeWord.test(line) ? line.matchAll(officesPattern) : []) {
      const before = line.slice(0, match.index);
      if (someoneElse.test(before) || theirSeat.test(before)) continue;
      const listed = placesOf(match[1] ?? match[2] ?? match[3] ?? match[4] ?? "");
      // "Based in Berlin, Kranich is …": a name before a verb starts a new clause, it is no place.
      const after = line.slice((match.index ?? 0) + match[0].length);
      if (listed.length > 1 && clauseVerb.test(after)) listed.pop();
      places.push(...listed, ...listAfterColon(after));
    }
    if (officeLabel.test(line)) places.push(...placesBelow(lines, index + 1));
  }
  return unique(places).filter((name) => !/^(The|Der|Die|Das|Our|Unser)/.test(name));
}

// "Standorten in Deutschland vertreten: Köln, Bonn und Essen": the country, then its cities.
const colonList = new RegExp(`^[^:.!?]{0,30}:\\s*${placeList}(?:[.;]|$)`);

function listAfterColon(after: string): string[] {
  const list = after.includes(":") ? colonList.exec(after)?.[1] : undefined;
  return list ? placesOf(list) : [];
}

// Menu and section words end a column of places as any other line does.
// So does a kind of office ("Corporate Headquarters", "Branch Offices") that titles the addresses below it.
const notPlace =
  /^(?:Kontakt|Contact|Impressum|Imprint|Karriere|Careers?|Jobs|News|Blog|Home|Mehr|More|Team|Über uns|About(?: us)?)$|\b(?:headquarters|head office|offices?|branch(?:es)?|hauptsitz|zentrale|niederlassung(?:en)?)$/i;

/** The places listed under a label: one line "Köln, Bonn", or a column of one place a line. */
function placesBelow(lines: readonly string[], from: number): string[] {
  const places: string[] = [];
  for (const line of lines.slice(from, from + 8)) {
    const list = notPlace.test(line) ? undefined : wholeList.exec(line)?.[1];
    if (!list) break;
    places.push(...placesOf(list));
  }
  return places;
}

// The separators kept by the split: only a comma puts a region after its city ("Austin, Texas").
const separators = /(,\s*(?:and\s+|und\s+)?|\s+(?:and|und|&|·|•|\|)\s+)/;

function placesOf(list: string): string[] {
  const parts = list.split(separators);
  const places: string[] = [];
  for (let index = 0; index < parts.length; index += 2) {
    const part = parts[index] ?? "";
    const name = part.replace(article, "").replace(/\.$/, "");
    const before = index > 0 ? parts[index - 2]?.replace(article, "") : undefined;
    // "Albanien, der Schweiz": a country with its article is one more of a list, not a city's country.
    const ofCity = /^,\s*$/.test(parts[index - 1] ?? "") && !withArticle.test(part);
    if (!street.test(name) && !(ofCity && isRegionOf(name, before))) places.push(name);
  }
  return places;
}

// "Hauptsitz: Hafenstraße 4": an address follows the label, not a city.
const street = /(?:straße|strasse|str\.?|weg|platz|allee|gasse|damm|ufer|street|road|avenue)$/i;

function isRegionOf(name: string, before: string | undefined): boolean {
  return regions.has(name.toLowerCase()) && !regions.has((before ?? "").toLowerCase());
}

// "hoofdkantoor in Utrecht", "siège social à Lyon", "sede legale a Verona", "con sede in Trento".
const foreignSeat =
  "[Hh]oofdkantoor (?:is )?in|[Ss]iège (?:social )?(?:est )?à|[Ss]ede (?:legale |operativa |centrale )?(?:a|in)";
// Labels in either case; the place itself must be capitalised, so the flag stays case-sensitive.
const hqPattern = new RegExp(
  `(?:[Hh]eadquartered in|(?:[Hh]eadquarters|HQ|[Hh]auptsitz|[Ff]irmensitz|[Uu]nternehmenssitz)(?:${placedIn}|:)|[Mm]it Sitz in|[Ss]itz der Gesellschaft:?|(?:^|\\n)Sitz:|${foreignSeat})\\s+(${place})`,
);
// A fact sheet's label on a line of its own, the place on the next ("Hauptsitz" above "Berlin").
const hqLabel =
  /^(?:(?:corporate|global|company|world) )?(?:Headquarters|HQ|Hauptsitz|Firmensitz|Unternehmenssitz|Sitz)\s*:?$/i;
const anyHqLabel =
  /(?:^|\n)(?:(?:corporate|global|company|world) )?(?:headquarters|hq|hauptsitz|firmensitz|unternehmenssitz|sitz)[ \t]*:?\n/i;
const leadingPlace = new RegExp(`^(${place})(?:,|$)`);

export function headquartersFromText(lines: readonly string[]): string | undefined {
  const text = joinedLines(lines);
  const inLine = hqPattern.test(text);
  if (!inLine && !anyHqLabel.test(text)) return undefined;
  for (const [index, line] of lines.entries()) {
    const match = inLine ? hqPattern.exec(line) : null;
    if (match?.[1] && !street.test(match[1]) && !someoneElse.test(line.slice(0, match.index)))
      return cityName(match[1]);
    const below = hqLabel.test(line) ? placeBelowLabel(lines, index + 1) : undefined;
    if (below) return below;
  }
  return undefined;
}

// A company's name or a street under the label opens an address: its postcode line names the city.
const companyOrStreet = /\b(?:gmbh|mbh|ag|kg|ug|se|ltd|inc|llc|s\.r\.l|sarl|b\.?v)\b|\s\d{1,4}\s?[a-z]?$/i;
const postcodeLine = new RegExp(`^(?:[A-Z]{1,2}-)?\\d{4,5}\\s+(${place})(?:,|$|\\s)`);

/** "Hauptsitz" above "Berlin", or above an address ("Kranwerk GmbH" / "Hafenweg 2" / "20457 Hamburg"). */
function placeBelowLabel(lines: readonly string[], from: number): string | undefined {
  const next = lines[from] ?? "";
  const postcode = postcodeLine.exec(next)?.[1];
  if (postcode) return cityName(postcode);
  if (companyOrStreet.test(next)) {
    const city = lines
      .slice(from + 1, from + 3)
      .map((line) => postcodeLine.exec(line)?.[1])
      .find(Boolean);
    return city ? cityName(city) : undefined;
  }
  const below = leadingPlace.exec(next)?.[1];
  return below && !street.test(below) ? (cityInState(lines, from + 1, below) ?? cityName(below)) : undefined;
}

// "Springfield, New Jersey 07081", "Austin, TX 78701": a city, its state and the ZIP code.
const cityStateZip = new RegExp(`^(${place}),\\s+([A-Z][A-Za-z .]+?),?\\s+\\d{5}(?:-\\d{4})?$`);

/** A state over its address ("New Jersey" / "555 Main Street" / "Springfield, New Jersey 07081"): the city in that state. */
function cityInState(lines: readonly string[], from: number, state: string): string | undefined {
  for (const line of lines.slice(from, from + 4)) {
    const match = cityStateZip.exec(line);
    if (match?.[1] && match[2] === state) return cityName(match[1]);
  }
  return undefined;
}

// A sentence's full stop is not part of the city ("… befindet sich in Stuttgart.").
function cityName(place: string): string {
  return clean(place).replace(/\.$/, "");
}

const months = "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b";
// "2001 in Hamburg gegründet", "gegründet 2001 in Hamburg", "founded in 2014 in Berlin", "founded in Berlin in 2014".
const foundedIn = new RegExp(
  [
    `\\b(?:19|20)\\d\\d\\s+in\\s+(${place})\\s+gegründet`,
    `\\b[Gg]egründet\\s+(?:im\\s+[Jj]ahre?\\s+)?(?:19|20)\\d\\d\\s+in\\s+(${place})`,
    `\\b[Ff]ounded\\s+in\\s+(?:19|20)\\d\\d\\s+in\\s+(${place})`,
    `\\b[Ff]ounded\\s+in\\s+(${place})\\s+in\\s+(?:19|20)\\d\\d`,
    // "Seit 1984 in Ulm"; "gründet das Unternehmen in Hannover"; "Founded in Dubai", "was established in Dubai".
    `\\b(?:[Ss]eit|[Ss]ince)\\s+(?:19|20)\\d\\d\\s+in\\s+(${place})`,
    `\\bgründete?t?\\s+(?:das Unternehmen|die Firma|den Betrieb)\\s+(?:(?:19|20)\\d\\d\\s+)?in\\s+(${place})`,
    `\\b(?:[Ff]ounded|[Ee]stablished)\\s+in\\s+(?!${months})(${place})`,
  ].join("|"),
);

/** The town a company was founded in: its seat when the page names no other (a fact tile, an about page's story). */
export function foundingPlace(lines: readonly string[]): string | undefined {
  // A tile sets "2001 in Hamburg" and "gegründet" on two lines: one text with spaces for its breaks reads both.
  const match = foundedIn.exec(joinedLines(lines).replace(/\n/g, " "));
  const found = match?.slice(1).find(Boolean);
  return found && !street.test(found) ? cityName(found) : undefined;
}
