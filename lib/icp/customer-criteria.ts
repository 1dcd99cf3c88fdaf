import type { IcpCriterion, IcpCriterionDraft } from "../model/icp";
import { newId } from "../model/ids";
import { isIndustryId } from "../scoring/normalise/industry";
import { parseSizeBand } from "../scoring/normalise/size";
import { recommendedCriteria } from "./advice";
import type { CustomerAnalysis, Segment } from "./customer-analysis";
import { withId } from "./templates";

/** Values per proposed criterion: a longer list would stop telling prospects apart. */
const maxValues = 5;

/**
 * Turns over-represented segments into weighted criteria, strongest lift first, at most the
 * recommended five. The weight follows the lift: 2× or more → 5, 1.5× → 4, else 3.
 */
export function proposeCriteria(analysis: CustomerAnalysis, makeId: () => string = newId): IcpCriterion[] {
  const drafts = [industryDraft(analysis), sizeDraft(analysis), countryDraft(analysis), technologyDraft(analysis)];
  return drafts
    .filter((draft): draft is Proposal => draft !== undefined)
    .sort((a, b) => b.lift - a.lift)
    .slice(0, recommendedCriteria.max)
    .map(({ draft }) => withId(draft, makeId()));
}

type Proposal = { draft: IcpCriterionDraft; lift: number };

function strongest(segments: readonly Segment[]): Segment[] {
  return segments.filter((segment) => segment.overRepresented && segment.mappable).slice(0, maxValues);
}

function weightFor(lift: number) {
  const weight = lift >= 2 ? 5 : lift >= 1.5 ? 4 : 3;
  return { kind: "weight", weight } as const;
}

function topLift(segments: readonly Segment[]): number {
  return Math.max(...segments.map((segment) => segment.lift));
}

function industryDraft(analysis: CustomerAnalysis): Proposal | undefined {
  const segments = strongest(analysis.segments.industry);
  const industries = segments.map((segment) => segment.key).filter(isIndustryId);
  const [first, ...rest] = industries;
  if (!first) return undefined;
  const lift = topLift(segments);
  return { lift, draft: { kind: "industry", industries: [first, ...rest], importance: weightFor(lift) } };
}

/** One employee range spanning the over-represented bands. */
function sizeDraft(analysis: CustomerAnalysis): Proposal | undefined {
  const segments = strongest(analysis.segments.size);
  const ranges = segments.flatMap((segment) => parseSizeBand(segment.key) ?? []);
  if (ranges.length === 0) return undefined;
  const min = Math.min(...ranges.map((range) => range.min));
  const open = ranges.some((range) => range.max === undefined);
  const max = open ? undefined : Math.max(...ranges.map((range) => range.max ?? range.min));
  const lift = topLift(segments);
  const draft: IcpCriterionDraft =
    max === undefined
      ? { kind: "employees", min, importance: weightFor(lift) }
      : { kind: "employees", min, max, importance: weightFor(lift) };
  return { lift, draft };
}

function countryDraft(analysis: CustomerAnalysis): Proposal | undefined {
  const segments = strongest(analysis.segments.country);
  if (segments.length === 0) return undefined;
  const lift = topLift(segments);
  return { lift, draft: { kind: "location", countries: segments.map((s) => s.key), importance: weightFor(lift) } };
}

function technologyDraft(analysis: CustomerAnalysis): Proposal | undefined {
  const segments = strongest(analysis.segments.technology);
  const [first, ...rest] = segments.map((segment) => segment.label);
  if (!first) return undefined;
  const lift = topLift(segments);
  return {
    lift,
    draft: { kind: "technology", mode: "any", technologies: [first, ...rest], importance: weightFor(lift) },
  };
}
