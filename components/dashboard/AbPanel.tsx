import { useMemo, useState } from "react";
import type { MessageKey, UiLanguage } from "@/lib/i18n/messages";
import { type AbResult, type EmailOutcome, type VariantResult, verdictMessage } from "@/lib/metrics";
import type { Translate } from "../use-ui-language";
import { formatP, formatRate } from "./format";
import { type AbSuccess, abSuccessIds, abTests } from "./model";

interface Props {
  emails: readonly EmailOutcome[];
  timeZone: string;
  t: Translate;
  language: UiLanguage;
}

const successLabels: Record<AbSuccess, MessageKey> = { replied: "dashAbByReplies", opened: "dashAbByOpens" };
const testLabels: Record<AbResult["test"], MessageKey> = {
  fisher: "dashAbFisher",
  "z-test": "dashAbZTest",
  none: "dashAbNoTest",
};

/** Subject line A/B, send-time slot and message angle, each with 95 % intervals, the test used, p and an honest verdict. */
export function AbPanel({ emails, timeZone, t, language }: Props) {
  const [success, setSuccess] = useState<AbSuccess>("replied");
  const tests = useMemo(() => abTests(emails, timeZone, success), [emails, timeZone, success]);
  const cards: Omit<CardProps, "t" | "language">[] = [
    {
      title: t("dashAbSubject"),
      labels: [t("dashAbVariant", { variant: "A" }), t("dashAbVariant", { variant: "B" })],
      result: tests.subject,
      testId: "ab-subject",
    },
    {
      title: t("dashAbSendTime"),
      labels: [t("dashAbMorning"), t("dashAbAfternoon")],
      result: tests.sendSlot,
      testId: "ab-send-time",
    },
    {
      title: t("dashAbAngle"),
      labels: [t("dashAbAngleA"), t("dashAbAngleB")],
      result: tests.messageAngle,
      testId: "ab-angle",
    },
  ];
  return (
    <section aria-labelledby="dash-ab" className="dash-section">
      <h2 id="dash-ab">{t("dashAbTests")}</h2>
      <label htmlFor="dash-ab-success">{t("dashAbSuccess")}</label>
      <select id="dash-ab-success" value={success} onChange={(event) => setSuccess(event.target.value as AbSuccess)}>
        {abSuccessIds.map((id) => (
          <option key={id} value={id}>
            {t(successLabels[id])}
          </option>
        ))}
      </select>
      <div className="dash-two">
        {cards.map((card) => (
          <AbResultCard key={card.testId} {...card} t={t} language={language} />
        ))}
      </div>
    </section>
  );
}

interface CardProps {
  title: string;
  labels: [string, string];
  result: AbResult;
  testId: string;
  t: Translate;
  language: UiLanguage;
}

function AbResultCard({ title, labels, result, testId, t, language }: CardProps) {
  const row = (label: string, v: VariantResult) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{formatRate(v.rate, language)}</td>
      <td>
        {formatRate(v.interval.low, language)} – {formatRate(v.interval.high, language)}
      </td>
      <td>{t("dashAbOutOf", { successes: String(v.successes), trials: String(v.trials) })}</td>
    </tr>
  );
  return (
    <figure className="card" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("dashAbVariantHeader")}</th>
            <th scope="col">{t("dashAbRate")}</th>
            <th scope="col">{t("dashAbInterval")}</th>
            <th scope="col">{t("dashAbCounts")}</th>
          </tr>
        </thead>
        <tbody>
          {row(labels[0], result.a)}
          {row(labels[1], result.b)}
        </tbody>
      </table>
      <p className="muted">
        {t(testLabels[result.test])}
        {result.p !== null && `, p = ${formatP(result.p, language)}`}
      </p>
      <p className="dash-verdict" data-testid={`${testId}-verdict`}>
        {verdictMessage(result.verdict, language)}
      </p>
    </figure>
  );
}
