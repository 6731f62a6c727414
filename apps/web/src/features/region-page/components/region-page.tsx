import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { NotFound } from "../../../components/not-found";
import { PageHeading } from "../../../components/page-heading";
import { LoadError, Loading } from "../../../components/query-state";
import { toLanguage } from "../../../i18n/index";
import { isNotFound, serverMessage } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { EditionCard } from "./edition-card";
import { Meetings } from "./meetings";
import { PastEditions } from "./past-editions";
import { Program } from "./program";
import { Timeline } from "./timeline";

export function RegionPage({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const query = useQuery(trpc.region.bySlug.queryOptions({ slug }));

  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isNotFound(query.error)) return <NotFound kind="region" />;
    return <LoadError message={serverMessage(query.error)} onRetry={() => void query.refetch()} />;
  }

  const region = query.data;
  const edition = region.currentEdition;
  return (
    <>
      <PageHeading title={locale === "en" ? region.nameEn : region.nameJa} />
      <p className="lead">
        <span className="tag">{t(`region.kind.${region.kind}`)}</span>{" "}
        {t("region.prefecturesLabel", {
          list: region.prefectures
            .map((p) => (locale === "en" ? p.nameRomaji : p.nameJa))
            .join(t("common.listSeparator")),
        })}
      </p>

      <section aria-labelledby="current-heading" className="section">
        <div className="section-head">
          <h2 id="current-heading">{t("region.currentHeading")}</h2>
          <Link to="/regions/$slug/editions/new" params={{ slug }} className="button button--secondary">
            {t("region.create")}
          </Link>
        </div>
        {edition ? (
          <EditionCard edition={edition} slug={slug} />
        ) : (
          <p className="empty">{t("region.noCurrent")}</p>
        )}
      </section>

      {edition && (
        <section aria-labelledby="program-heading" className="section">
          <h2 id="program-heading">{t("region.programHeading")}</h2>
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
    </>
  );
}
