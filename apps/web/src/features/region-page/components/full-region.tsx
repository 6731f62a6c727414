import type { RegionDetail } from "@kyoso/domain";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PrintLink } from "../../../components/print-link";
import { RegionHeader } from "../../../components/region-header";
import { RegionTabs } from "../../../components/region-tabs";
import { EditionCard } from "./edition-card";
import { EditionMilestones, type InitialMilestones } from "./edition-milestones";
import { Meetings } from "./meetings";
import { PastEditions } from "./past-editions";
import { Program } from "./program";
import { Timeline } from "./timeline";

interface Props {
  region: RegionDetail;
  slug: string;
  /** Whether the signed-in user may create and edit this region's forums (decided by `can`). */
  canWrite: boolean;
  /** The current forum's milestones as the page's one call brought them. */
  milestones?: InitialMilestones;
}

export function FullRegion({ region, slug, canWrite, milestones }: Props) {
  const { t } = useTranslation();
  const edition = region.currentEdition;
  return (
    <>
      <RegionTabs slug={slug} />
      <RegionHeader region={region} />
      <p>
        <PrintLink to="/print/regions/$slug/report" params={{ slug }} search={{ year: edition?.year }} />
      </p>

      <section aria-labelledby="current-heading" className="section">
        <div className="section-head">
          <h2 id="current-heading">{t("region.currentHeading")}</h2>
          {canWrite && (
            <Link to="/regions/$slug/editions/new" params={{ slug }} className="button button--secondary">
              {t("region.create")}
            </Link>
          )}
        </div>
        {edition ? (
          <EditionCard edition={edition} slug={slug} canWrite={canWrite} />
        ) : (
          <p className="empty">{t("region.noCurrent")}</p>
        )}
      </section>

      {edition && <EditionMilestones editionId={edition.id} regionId={region.id} initial={milestones} />}

      {edition && (
        <section aria-labelledby="program-heading" className="section">
          <div className="section-head">
            <h2 id="program-heading">{t("region.programHeading")}</h2>
            <Link to="/regions/$slug/forum" params={{ slug }} className="button button--secondary">
              {canWrite ? t("forum.openToEdit") : t("forum.open")}
            </Link>
          </div>
          <Program sessions={edition.sessions} />
        </section>
      )}

      <section aria-labelledby="meetings-heading" className="section">
        <h2 id="meetings-heading">{t("region.meetingsHeading")}</h2>
        <Meetings meetings={region.meetings} />
      </section>

      <section aria-labelledby="timeline-heading" className="section">
        <h2 id="timeline-heading">{t("region.timelineHeading")}</h2>
        <Timeline entries={region.timeline} />
      </section>

      <section aria-labelledby="past-heading" className="section">
        <h2 id="past-heading">{t("region.pastHeading")}</h2>
        <PastEditions editions={region.editions.filter((e) => e.id !== edition?.id)} />
      </section>

      {canWrite && (
        <p className="section">
          <Link to="/regions/$slug/trash" params={{ slug }}>
            {t("trash.link")}
          </Link>
        </p>
      )}
    </>
  );
}
