import { compactMoney } from "../i18n/compact-money";
import { hiringFunctions, hiringInEnglish, titlesInBrackets } from "../i18n/hiring-text";
import { clipWording, type FundingRound } from "../model";
import { isoDateToTime } from "./linkedin/company-parse";
import type { CompanySignalInput, SignalDraft } from "./signals";

/** Hiring, headcount growth since the last visit, and funding rounds of the company in a capture. */
export function companySignals({ capture, previous }: CompanySignalInput): SignalDraft[] {
  const company = capture.company;
  if (!company) return [];
  return [
    hiringSignal(company.openJobs, company.jobTitles),
    growthSignal(previous?.employeesOnLinkedIn, company.employeesOnLinkedIn),
    ...(company.funding ?? []).map(fundingSignal),
  ].filter((draft): draft is SignalDraft => draft !== undefined);
}

function hiringSignal(openJobs: number | undefined, titles: readonly string[] | undefined): SignalDraft | undefined {
  if (!openJobs) return undefined;
  const wording = {
    kind: "hiring" as const,
    openJobs,
    titles: (titles ?? []).slice(0, 5).map(clipWording),
    functions: hiringFunctions(openJobs, titles ?? []),
  };
  return {
    type: "hiring",
    summary:
      hiringInEnglish(wording) ??
      `Hiring: ${openJobs} open role${openJobs === 1 ? "" : "s"}${titlesInBrackets(titles ?? [])}`,
    wording,
    quote: titles?.length ? titles.join("; ") : undefined,
    field: "openJobs",
  };
}

function growthSignal(before: number | undefined, now: number | undefined): SignalDraft | undefined {
  if (!before || now === undefined || now <= before) return undefined;
  const percent = Math.round(((now - before) / before) * 1000) / 10;
  return {
    type: "headcount-growth",
    summary: `Headcount on LinkedIn grew ${percent}% since the last visit (${before} → ${now})`,
    wording: { kind: "headcount-growth", before, now },
    field: "employeesOnLinkedIn",
  };
}

function fundingSignal(round: FundingRound): SignalDraft | undefined {
  const money = round.amount !== undefined ? compactMoney(round.amount, round.currency, "en-US") : undefined;
  if (!money && !round.round) return undefined;
  const what = money ? `Raised ${money}${round.round ? ` (${round.round})` : ""}` : `Funding round: ${round.round}`;
  const when = round.date ? ` on ${round.date}` : "";
  const investors = round.investors?.length ? `, investors: ${round.investors.join(", ")}` : "";
  return {
    type: "funding",
    summary: `${what}${when}${investors}`,
    wording: {
      kind: "funding",
      round: round.round && clipWording(round.round),
      amount: round.amount,
      currency: round.currency,
      date: round.date?.slice(0, 10),
      investors: round.investors?.slice(0, 10).map(clipWording),
    },
    date: isoDateToTime(round.date),
    field: "funding",
  };
}
