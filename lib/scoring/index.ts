export { describeCriterion } from "./labels";
export { industryIds, industryLabel, normaliseIndustry } from "./normalise/industry";
export { geoPresets, normaliseLocation } from "./normalise/location";
export { parseMoney } from "./normalise/revenue";
export { parseSizeBand } from "./normalise/size";
export { classifyTitle, jobFunctions, seniorities } from "./normalise/title";
export {
  type CriterionResult,
  type CriterionStatus,
  type ProspectToScore,
  type ScoreResult,
  type ScoreSummary,
  score,
  scoreMany,
  scoreSummary,
} from "./score";
export { knockoutScoreCap, minCoverageForA, type Tier, tierFor, tierThresholds } from "./tier";
export type { Evidence } from "./types";
