/**
 * Selectors and label words for LinkedIn company pages, as fallback lists tried in
 * order. Each comment names the layout it covers. Never hashed class names: the 2026
 * layout is read through visible label text and headings instead.
 */
export const companySelectors = {
  name: [
    // Logged-in 2022-2025: the top-card heading.
    "h1.org-top-card-summary__title",
    // Public (logged-out) 2019-2024 top card.
    "h1.top-card-layout__title",
    // Logged-in 2017-2019: the top card sits above the main column.
    "h1.org-top-card-module__name",
    // Any layout that keeps one <h1> in the main area.
    "main h1",
  ],
  /** 2026 layout: no <h1>, the name is the first heading of the first card in main. */
  nameHeading2026: ["main section h2", "main h2"],
  /** 2026 layout: aria labels and logo texts that repeat the name (NAME), so a stray heading is not taken for it. */
  nameEchoes2026: ["Follow NAME", "NAME folgen", "NAME logo", "Logo von NAME", "NAME"],
  /** Top card container, found from the name heading. */
  topCard: [".org-top-card", ".top-card-layout", ".org-top-card-module", "section"],
  tagline: [
    // Logged-in 2022-2025.
    ".org-top-card-summary__tagline",
    // Public 2019-2024: the second subline holds the slogan.
    ".top-card-layout__second-subline",
  ],
  /** The top card's place, the city of the headquarters. */
  place: [
    // Logged-in 2022-2025: the info item after the industry ("Mountain View, CA").
    ".org-top-card-summary-info-list__info-item",
    // Logged-in 2017-2019: the location in the dotted line.
    ".org-top-card-module__location",
  ],
  industry: [
    // Logged-in 2022-2025: the first info item is the industry.
    ".org-top-card-summary-info-list__info-item",
    // Public 2019-2024: the headline under the name is the industry.
    ".top-card-layout__headline",
    // Logged-in 2017-2019: industry, location and followers as one dotted line.
    ".org-top-card-module__company-descriptions .company-industries",
  ],
  description: [
    // Public 2019-2024 "About us" section.
    '[data-test-id="about-us__description"]',
    // Logged-in 2021-2023 about tab.
    ".org-about-us-organization-description__text",
    // Logged-in 2022-2024 overview tab "About" module.
    ".org-about-module__description",
  ],
  funding: [
    // Public 2019-2024 Crunchbase box.
    '[data-test-id="funding"]',
    // Logged-in 2022-2025 Crunchbase box.
    ".org-funding",
  ],
  locations: [
    // Public 2019-2024: one address block per office.
    '[id^="address-"]',
    // Logged-in 2022-2025 location cards.
    ".org-location-card p",
  ],
  /** Postings of this company: job links are stable where classes are not. */
  jobLinks: ['a[href*="/jobs/view/"]'],
  /** Elements that may carry a label ("Industry") or a heading as visible text; divs only as leaves. */
  labelCandidates: "dt, h2, h3, h4, p, span, strong, div",
  /** Containers that always describe other companies. */
  foreign: [
    // Public 2019-2024 right rail.
    '[data-test-id="similar-pages"]',
    '[data-test-id="affiliated-pages"]',
    '[data-test-id="showcase-pages"]',
    '[data-test-id="browse-jobs"]',
    // Logged-in 2022-2025 "Pages people also viewed" lockups.
    '[data-view-name="premium-pages-browsemap"]',
  ],
  /** Headings that introduce a card (locations, funding, "What they do", other companies). */
  headings: "h1, h2, h3, h4",
} as const;

/** Visible label words, English then German, compared case-insensitively and without a colon. */
export const companyLabels = {
  // The overview tab's about card shows the website under "Contact info" (a phone number is refused there).
  website: ["Website", "Webseite", "Homepage", "Contact info", "Kontaktinfo", "Kontaktinformationen"],
  industry: ["Industry", "Branche"],
  sizeBand: ["Company size", "Unternehmensgröße", "Größe"],
  headquarters: ["Headquarters", "Hauptsitz", "Firmensitz", "Zentrale"],
  founded: ["Founded", "Year founded", "Gegründet", "Gründungsjahr"],
  specialties: ["Specialties", "Spezialgebiete", "Fachgebiete"],
  type: ["Type", "Company type", "Organization type", "Art", "Unternehmensart", "Unternehmenstyp"],
  description: ["Overview", "About us", "About", "Übersicht", "Info", "Über uns"],
} as const;
export type LabelledField = keyof typeof companyLabels;

/** Section headings, English then German. */
export const companyHeadings = {
  locations: ["Locations", "Standorte"],
  /** Labels and links inside location cards that are no address. */
  locationNoise: ["Primary", "Get directions", "Hauptsitz", "Wegbeschreibung", "Show all", "Alle anzeigen"],
  funding: ["Funding", "Funding via Crunchbase", "Finanzierung", "Finanzierung über Crunchbase"],
  lastRound: ["Last Round", "Last round", "Letzte Runde", "Letzte Finanzierungsrunde"],
  investors: ["Investors", "Investoren"],
  whatTheyDo: ["What they do", "Was sie machen", "Tätigkeitsbereich", "Tätigkeitsbereiche"],
  /** Sections about other companies: never read. */
  foreign: [
    "Similar pages",
    "Pages people also viewed",
    "People also viewed",
    "People also follow",
    "Affiliated pages",
    "Affiliated companies",
    "Showcase pages",
    "Browse jobs",
    "Ähnliche Seiten",
    "Andere Besucher haben sich auch diese Seiten angesehen",
    "Seiten, die andere auch angesehen haben",
    "Andere folgen auch",
    "Verbundene Seiten",
    "Verbundene Unternehmen",
    "Showcase-Seiten",
  ],
  /** Tab names the page title appends after a colon: "Nordlicht Analytics GmbH: About | LinkedIn". */
  tabNames: [
    "About",
    "Info",
    "Jobs",
    "People",
    "Personen",
    "Posts",
    "Beiträge",
    "Life",
    "Overview",
    "Übersicht",
    "Home",
    "Startseite",
  ],
  /** Card headings that are never a company name (2026 layout name fallback). */
  notNames: ["Overview", "About", "Übersicht", "Info", "Highlights", "Posts", "Beiträge", "Jobs", "People", "Personen"],
} as const;

/** Words after a count, English then German. */
export const companyCountWords = {
  followers: ["followers", "follower", "Follower:innen", "Follower"],
  employeesOnLinkedIn: [
    "associated members",
    "zugehörige Mitglieder",
    "verbundene Mitglieder",
    "employees on LinkedIn",
    "Beschäftigte auf LinkedIn",
    "Mitglieder",
    // Logged-in 2021-2022 about tab: "1,234 on LinkedIn".
    "on LinkedIn",
    "auf LinkedIn",
  ],
} as const;

/** Sentences that state the number of open jobs (jobs tab and overview teasers). */
export const openJobsPatterns: readonly RegExp[] = [
  /has (\d[\d.,]*) (?:job openings?|open jobs?)/i,
  /(\d[\d.,]*) open (?:jobs|positions|roles)/i,
  /see all (\d[\d.,]*) jobs/i,
  /hat (\d[\d.,]*) (?:offene Stellen|Stellenangebote?|Jobangebote?)/i,
  /(\d[\d.,]*) (?:offene Stellen|Stellenangebote)/i,
  /alle (\d[\d.,]*) (?:Jobs|Stellen)/i,
];

/** "View all 69 employees" on public pages: members of this company on LinkedIn. */
export const viewAllEmployeesPatterns: readonly RegExp[] = [
  /(?:view|see) all (\d[\d.,]*) employees/i,
  /alle (\d[\d.,]*) (?:Beschäftigten|Mitarbeiter(?::innen)?) anzeigen/i,
];

/** "51-200 employees", "51–200 Beschäftigte", "10,001+ employees". */
export const sizeBandPattern =
  /\d[\d.,]*\s*(?:[-–]\s*\d[\d.,]*|\+)\s*(?:employees|Beschäftigte|Mitarbeiter(?::innen)?|Mitarbeitende)/i;
