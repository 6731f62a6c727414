import type { IsoDate } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { useDates } from "../i18n/use-dates";
import "./venue-full-badge.css";

interface Props {
  from: IsoDate;
  /** In tables and lists: 「会場満席」 on screen, the date and the online-only part for screen readers. */
  compact?: boolean;
}

/**
 * 「2026年1月27日(火)から会場満席・オンラインのみ受付」: the forum's switch to online-only, as one badge wherever the
 * edition is shown. The words carry the meaning; the colour only repeats them.
 */
export function VenueFullBadge({ from, compact = false }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const date = dates.date(from);
  return (
    <span className={compact ? "badge badge--venue-full badge--compact" : "badge badge--venue-full"}>
      <span className="badge-dot" aria-hidden="true" />
      {compact ? (
        <>
          {t("venueFull.short")}
          <span className="visually-hidden">{t("venueFull.shortDetail", { date })}</span>
        </>
      ) : (
        t("venueFull.badge", { date })
      )}
    </span>
  );
}
