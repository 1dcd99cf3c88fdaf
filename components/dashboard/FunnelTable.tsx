import type { MessageKey, UiLanguage } from "@/lib/i18n/messages";
import { type Funnel, type FunnelStage, funnelStages } from "@/lib/metrics";
import type { Translate } from "../use-ui-language";
import { formatRate } from "./format";

const stageLabels: Record<FunnelStage, MessageKey> = {
  sent: "dashStageSent",
  opened: "dashStageOpened",
  replied: "dashStageReplied",
  meeting: "dashStageMeeting",
  converted: "dashStageConverted",
};

interface Props {
  title: string;
  groupHeader: string;
  funnels: readonly Funnel<string>[];
  labelOf: (group: string) => string;
  t: Translate;
  language: UiLanguage;
}

/** Prospects per stage for each group, with the share of those contacted: where the funnel leaks. */
export function FunnelTable({ title, groupHeader, funnels, labelOf, t, language }: Props) {
  const shown = funnels.filter((f) => (f.steps[0]?.count ?? 0) > 0);
  return (
    <figure className="card dash-funnel">
      <figcaption>{title}</figcaption>
      {shown.length === 0 ? (
        <p className="muted">{t("dashNoFunnel")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{groupHeader}</th>
              {funnelStages.map((stage) => (
                <th key={stage} scope="col">
                  {t(stageLabels[stage])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((funnel) => (
              <tr key={funnel.group}>
                <th scope="row">{labelOf(funnel.group)}</th>
                {funnel.steps.map((step) => (
                  <td key={step.stage}>
                    {step.count}
                    {step.stage !== "sent" && <span className="muted"> ({formatRate(step.rate, language)})</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
