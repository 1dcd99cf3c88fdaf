/**
 * Selectors and label words for LinkedIn person profiles, as fallback lists tried in
 * order. Each comment names the layout it covers. Never hashed class names: the 2026
 * layout hashes every class, so it is read through structure and visible text.
 */
export const profileSelectors = {
  /** The person's name heading. */
  name: [
    // Logged-in 2016-2025 and public pages: the one top-card heading.
    "main h1",
    "h1",
    // Logged-in 2026 (server-driven, no h1): the heading inside the top card's link to the profile.
    'main section a[href*="/in/"] h2',
    'main a[href*="/in/"] h2',
    // Last resort: a section heading that the slug or a link to the profile confirms as the name.
    "main section h2",
  ],
  /** The top card's subline, where a layout marks it. */
  headline: [
    // Public pages 2020-2025.
    ".top-card-layout__headline",
    // Logged-in 2022-2025.
    "main section .text-body-medium",
  ],
  /** The top card's location, where a layout marks it. */
  location: [
    // Logged-in around 2018: name, headline and location as h1, h2 and h3 of the top card.
    ".pv-top-card-section__location",
    // Public pages 2021-2023: the subline's first item (followers and connections follow it).
    ".top-card__subline-item",
  ],
  /** Sections found by id or data attribute when their heading text is not recognised. */
  sectionHooks: {
    // Logged-in 2022-2025 (anchor div inside the card), public 2016 (section id), public
    // 2012-2014 (div sections titled "<Name>'s Experience"), logged-in 2018-2021 (section ids,
    // which also find the sections when the UI language's headings are not known) and public
    // 2014-2015 (a "Background" card of div sections).
    about: ["#about", "section#summary", 'section[data-section="summary"]', "#profile-summary", "#background-summary"],
    experience: [
      "#experience",
      'section[data-section="experience"]',
      "#profile-experience",
      "#experience-section",
      "#background-experience",
    ],
    education: [
      "#education",
      'section[data-section="educationsDetails"]',
      "#profile-education",
      "#education-section",
      "#background-education",
    ],
    languages: ["#languages", 'section[data-section="languages"]', "#background-languages"],
    activity: ["#recent_activity", "#content_collections", 'section[data-section="posts"]'],
  },
  /** Embedded Voyager JSON (logged-in 2019-2025), hidden `<code>` blocks. */
  codeJson: "code",
  /** The contact-info overlay (logged-in, every layout): a dialog, or the page's main on a direct load. */
  contactOverlay: ['[role="dialog"]', "[aria-modal]", "main"],
  /** Links to a post on the profile's activity. */
  postLink: 'a[href*="/feed/update/"]',
} as const;

/** Visible section headings, English and German. Compared trimmed and case-insensitive. */
export const sectionLabels = {
  about: ["about", "info", "summary", "zusammenfassung", "über mich", "infos"],
  experience: ["experience", "berufserfahrung", "erfahrung"],
  education: ["education", "ausbildung", "bildungsweg"],
  languages: ["languages", "sprachen", "sprachkenntnisse"],
  activity: ["activity", "aktivitäten", "aktivität", "recent activity", "posts", "beiträge"],
  contact: ["contact info", "kontaktinfo", "kontaktinformationen", "contact information"],
} as const;

export type SectionName = keyof typeof sectionLabels;

/** Words of the top card and entries that label rather than describe. */
export const labelWords = {
  followers: ["followers", "follower", "abonnenten", "follower:innen", "followers:"],
  connections: ["connections", "connection", "kontakte", "kontakt"],
  contactInfo: ["see contact info", "contact info", "kontaktinfo", "kontaktinformationen"],
  location: ["location", "standort", "ort"],
  /** Employment types shown beside the company ("Google · Full-time"). */
  employmentTypes: [
    "full-time",
    "part-time",
    "contract",
    "self-employed",
    "freelance",
    "internship",
    "apprenticeship",
    "seasonal",
    "permanent",
    "vollzeit",
    "teilzeit",
    "befristet",
    "selbstständig",
    "freiberuflich",
    "praktikum",
    "ausbildung",
    "werkstudent",
    "festanstellung",
  ],
  /** Work arrangements shown beside a location ("Berlin · Hybrid"). */
  workplaceTypes: ["on-site", "hybrid", "remote", "vor ort", "homeoffice", "remote-arbeit"],
  /** Expanders and links that end an entry's text. */
  controls: ["…more", "… more", "more", "…see more", "see more", "mehr", "…mehr", "show all", "alle anzeigen"],
  /** Phrases that mark a language's proficiency rather than a language. */
  proficiency: ["proficiency", "kenntnisse", "muttersprache", "verhandlungssicher", "bilingual", "fließend"],
} as const;

/** Lines of the top card that are never the headline: pronouns, connection degree, badges. */
export const topCardNoise = [
  /^[·•]?\s*(?:1st|2nd|3rd\+?|\d+(?:st|nd|rd|th)\+?)(?: degree connection)?$/i,
  /^[·•]?\s*\d\.\+?(?: Grades?)?$/i,
  /^(?:she|he|they|sie|er|ihr|xe)\/\w+$/i,
  /^[·•|]$/,
  /^(?:verified|verifiziert|premium|open to work|status is \w+)$/i,
];
