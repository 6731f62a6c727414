import { can, type EditionSummary, type RegionSummary } from "@kyoso/domain";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { PrintLink } from "../../../components/print-link";
import { RegionHeader } from "../../../components/region-header";
import { StageBadge } from "../../../components/stage-badge";
import { VenueFullBadge } from "../../../components/venue-full-badge";
import { useMe } from "../../../lib/use-me";
import { EditionMilestones } from "./edition-milestones";
import { PastEditions } from "./past-editions";

interface Props {
  region: RegionSummary & { editions: (EditionSummary | null)[] };
}

/** What anyone signed in may know of a region: titles, stages and dates, no meeting records or notes. */
export function RegionSummaryView({ region }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const edition = region.currentEdition;
  // Pro bono staff of the region and the forum's partner read its program and numbers in フォーラム運営.
  const forumReadable = region.editions.some(
    (e) => e !== null && can(me, "edition.read", { regionId: region.id, editionId: e.id }),
  );
  const past = region.editions.filter((e): e is EditionSummary => e !== null && e.id !== edition?.id);
  return (
    <>
      <RegionHeader region={region} />
      <p className="notice notice--info">{t("region.summaryNotice")}</p>
      <p>
        <PrintLink to="/print/regions/$slug/report" params={{ slug: region.slug }} />
      </p>

      <section aria-labelledby="current-heading" className="section">
        <h2 id="current-heading">{t("region.currentHeading")}</h2>
        {edition ? (
          <article className="card edition-card" aria-labelledby="edition-title">
            <h3 id="edition-title" className="edition-title">
              {edition.title}
            </h3>
            {edition.venueFullFrom && (
              <p>
                <VenueFullBadge from={edition.venueFullFrom} />
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
            </dl>
            {forumReadable && (
              <p>
                <Link to="/regions/$slug/forum" params={{ slug: region.slug }}>
                  {t("forum.open")}
                </Link>
              </p>
            )}
          </article>
        ) : (
          <p className="empty">{t("region.noCurrent")}</p>
        )}
      </section>

      {edition && <EditionMilestones editionId={edition.id} regionId={region.id} />}

      <section aria-labelledby="past-heading" className="section">
        <h2 id="past-heading">{t("region.pastHeading")}</h2>
        <PastEditions editions={past} />
      </section>
    </>
  );
}
