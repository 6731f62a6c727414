import type { IsoDate } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { useDates } from "../i18n/use-dates";
import "./venue-full-badge.css";

/**
 * 「2026年1月27日(火)から会場満席・オンラインのみ受付」: the forum's switch to online-only, as one badge wherever the
 * edition is shown. The words carry the meaning; the colour only repeats them.
 */
export function VenueFullBadge({ from }: { from: IsoDate }) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <span className="badge badge--venue-full">
      <span className="badge-dot" aria-hidden="true" />
      {t("venueFull.badge", { date: dates.date(from) })}
    </span>
  );
}
