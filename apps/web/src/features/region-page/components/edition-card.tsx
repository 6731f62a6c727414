import type { ForumEdition } from "@kyoso/domain";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { StageBadge } from "../../../components/stage-badge";
import { useDates } from "../../../i18n/use-dates";

interface Props {
  edition: ForumEdition;
  slug: string;
  canWrite: boolean;
}

export function EditionCard({ edition, slug, canWrite }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const seats = (registrations: number, capacity: number | null) =>
    capacity === null
      ? t("region.registrationsNoCapacity", { registrations })
      : t("region.registrations", { registrations, capacity });

  return (
    <article className="card edition-card" aria-labelledby="edition-title">
      <h3 id="edition-title" className="edition-title">
        {edition.title}
      </h3>
      {edition.venueFullFrom && (
        <p className="notice notice--info">
          <strong>{t("region.venueFullNotice", { date: dates.date(edition.venueFullFrom) })}</strong>
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t("region.stage")}</dt>
          <dd>
            <StageBadge stage={edition.stage} />
          </dd>
        </div>
        <div>
          <dt>{t("region.heldOn")}</dt>
          <dd>{edition.heldOn ? <DateText value={edition.heldOn} /> : t("common.undecided")}</dd>
        </div>
        <div>
          <dt>{t("region.venue")}</dt>
          <dd>{edition.venueName ?? t("common.undecided")}</dd>
        </div>
        <div>
          <dt>{t("region.venueSeats")}</dt>
          <dd>{seats(edition.venueRegistrations, edition.venueCapacity)}</dd>
        </div>
        <div>
          <dt>{t("region.onlineSeats")}</dt>
          <dd>{seats(edition.onlineRegistrations, edition.onlineCapacity)}</dd>
        </div>
      </dl>
      {canWrite && (
        <p>
          <Link
            to="/regions/$slug/editions/$editionId/edit"
            params={{ slug, editionId: edition.id }}
            className="button"
          >
            {t("region.edit")}
          </Link>
        </p>
      )}
    </article>
  );
}
