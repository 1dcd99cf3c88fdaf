/**
 * ICP from existing customers, in four steps the options page walks through:
 *   1. parseCustomerCsv(text)            → headers and rows, or a clear error
 *   2. guessMapping(headers)             → field → column index, shown for editing
 *   3. analyseCustomers(rows, mapping)   → over-represented segments among the top quartile by value
 *   4. proposeCriteria(analysis)         → weighted criteria to add to an ICP
 */
export {
  type AnalysisResult,
  analyseCustomers,
  type CustomerAnalysis,
  type Dimension,
  type Segment,
} from "./customer-analysis";
export { proposeCriteria } from "./customer-criteria";
export { type CsvResult, type CustomerTable, parseCustomerCsv } from "./customer-csv";
export {
  type CustomerField,
  type CustomerMapping,
  customerFields,
  customerMappingSchema,
  guessMapping,
} from "./customer-mapping";
