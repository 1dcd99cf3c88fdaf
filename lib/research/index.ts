/** Website research: pure readers over a parsed page. Fetching and storage are the caller's. */

export { extractCompany } from "./company";
export { registrableDomain, sameSite } from "./domain";
export { decodeHtml } from "./encoding";
export { extractImpressum } from "./impressum";
export { extractJobs } from "./jobs";
export { classifyUrl, discoverKeyPages, isTrap } from "./links";
export { mergeResearch } from "./merge";
export { type PageReading, readPage } from "./page";
export { extractPeople } from "./people";
export { extractPosts } from "./posts";
export { pageKind, researchPage } from "./research-page";
export { isAllowed, parseRobotsTxt, type RobotsRules } from "./robots";
export { extractSignals } from "./signals";
export { toCompanyFields } from "./to-model";
export * from "./types";
