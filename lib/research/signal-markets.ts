/**
 * Markets a company enters, by name: countries, regions and the largest cities, in English and German.
 * Asked only for phrasings that also fit a product or a partner ("brings its platform to the UK" and
 * "brings Flux to Slack"), where a capital letter alone does not tell a place.
 */

const names = [
  // Regions.
  "Europe|Europa|EU|EMEA|APAC|LATAM|DACH|Nordics|Benelux|Scandinavia|Skandinavien|Iberia|Baltics|Balkans",
  "North America|Nordamerika|South America|Südamerika|Latin America|Lateinamerika|Asia|Asien|Africa|Afrika",
  "Middle East|Nahen Osten|Mittleren Osten|Asia[- ]Pacific|Oceania|Ozeanien|Southeast Asia|Südostasien",
  // Countries.
  "UK|U\\.K\\.|US|U\\.S\\.|USA|United Kingdom|United States|Britain|Great Britain|Großbritannien|England|Scotland|Schottland|Ireland|Irland",
  "Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|France|Frankreich|Spain|Spanien|Portugal|Italy|Italien",
  "Netherlands|Niederlande|Holland|Belgium|Belgien|Luxembourg|Luxemburg|Denmark|Dänemark|Sweden|Schweden",
  "Norway|Norwegen|Finland|Finnland|Iceland|Island|Poland|Polen|Czechia|Czech Republic|Tschechien|Slovakia|Slowakei",
  "Hungary|Ungarn|Romania|Rumänien|Bulgaria|Bulgarien|Greece|Griechenland|Croatia|Kroatien|Slovenia|Slowenien",
  "Estonia|Estland|Latvia|Lettland|Lithuania|Litauen|Turkey|Türkei|Israel|Ukraine|Canada|Kanada|Mexico|Mexiko",
  "Brazil|Brasilien|Argentina|Argentinien|Chile|Colombia|Kolumbien|India|Indien|China|Japan|Korea|South Korea|Südkorea",
  "Singapore|Singapur|Australia|Australien|New Zealand|Neuseeland|South Africa|Südafrika|Nigeria|Kenya|Kenia|Egypt|Ägypten",
  "UAE|United Arab Emirates|Vereinigte Arabische Emirate|Dubai|Saudi Arabia|Saudi-Arabien|Indonesia|Indonesien|Vietnam",
  "Philippines|Philippinen|Thailand|Malaysia|Hong Kong|Hongkong|Taiwan",
  // Cities a company opens in.
  "London|Paris|Berlin|Munich|München|Hamburg|Frankfurt|Cologne|Köln|Vienna|Wien|Zurich|Zürich|Geneva|Genf|Amsterdam",
  "Madrid|Barcelona|Lisbon|Lissabon|Milan|Mailand|Rome|Rom|Stockholm|Copenhagen|Kopenhagen|Oslo|Helsinki|Dublin",
  "Warsaw|Warschau|Prague|Prag|Brussels|Brüssel|New York|San Francisco|Boston|Austin|Toronto|Tokyo|Tokio|Sydney",
].join("|");

const market = new RegExp(`^(?:the |die |der |den )?(?:${names})(?![\\p{L}\\d-])`, "u");

/** Whether the text starts with a market's name ("the UK …", "Österreich und …"). */
export function marketNamed(text: string): boolean {
  return market.test(text.trimStart());
}
