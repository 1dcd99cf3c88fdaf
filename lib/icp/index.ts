export { type Advice, adviseIcp, type IcpAdvice, recommendedCriteria } from "./advice";
export * from "./customers";
export { exportIcpJson, type FieldError, type IcpParseResult, parseIcpJson } from "./io";
export { findTemplate, type IcpTemplate, icpFromTemplate, icpTemplates, withId } from "./templates";
