import type { UiLanguage } from "@/lib/i18n/messages";
import type { Segment } from "@/lib/icp/customers";
import type { Translate } from "../use-ui-language";

/** Rows shown per dimension: the over-represented ones come first, the long tail says little. */
const maxRows = 8;

type Props = { title: string; segments: readonly Segment[]; t: Translate; language: UiLanguage };

/** One dimension of the customer analysis: how each value spreads among all and among top customers. */
export function SegmentTable({ title, segments, t, language }: Props) {
  if (segments.length === 0) return null;
  const percent = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 });
  const lift = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return (
    <table className="icp-table" data-testid="icp-segments">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t("icpSegment")}</th>
          <th scope="col">{t("icpValueShare")}</th>
          <th scope="col">{t("icpLift")}</th>
          <th scope="col">{t("icpCustomers")}</th>
          <th scope="col">{t("icpTopCustomers")}</th>
        </tr>
      </thead>
      <tbody>
        {segments.slice(0, maxRows).map((segment) => (
          <tr key={segment.key} className={segment.overRepresented ? "icp-over" : undefined}>
            <th scope="row">
              {segment.label}
              {segment.overRepresented && <span className="icp-active">{t("icpOverRepresented")}</span>}
            </th>
            <td>{percent.format(segment.valueShare)}</td>
            <td>{`${lift.format(segment.lift)}×`}</td>
            <td>{segment.count}</td>
            <td>{segment.topCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
