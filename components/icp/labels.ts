import type { MessageKey } from "@/lib/i18n/messages";
import type { CriterionKind, IcpLayer } from "@/lib/model/icp";

export const kindLabels: Record<CriterionKind, MessageKey> = {
  industry: "icpKindIndustry",
  employees: "icpKindEmployees",
  revenue: "icpKindRevenue",
  founded: "icpKindFounded",
  "company-type": "icpKindCompanyType",
  technology: "icpKindTechnology",
  "department-size": "icpKindDepartmentSize",
  "roles-present": "icpKindRolesPresent",
  location: "icpKindLocation",
  "funding-stage": "icpKindFundingStage",
  "raised-within": "icpKindRaisedWithin",
  hiring: "icpKindHiring",
  "headcount-growth": "icpKindHeadcountGrowth",
  seniority: "icpKindSeniority",
  "job-function": "icpKindJobFunction",
  "title-keywords": "icpKindTitleKeywords",
};

export const layerLabels: Record<IcpLayer, MessageKey> = {
  firmographic: "icpLayerFirmographic",
  technographic: "icpLayerTechnographic",
  organisational: "icpLayerOrganisational",
  geographic: "icpLayerGeographic",
  business: "icpLayerBusiness",
  persona: "icpLayerPersona",
};
