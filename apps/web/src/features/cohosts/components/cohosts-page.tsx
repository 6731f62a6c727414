import { AGREEMENT_STATUSES } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { useDates } from "../../../i18n/use-dates";
import { useTRPC } from "../../../lib/trpc";

/** The co-host pipeline, one group per status in the order talks move through them. */
export function CohostsPage({ context }: { context: RegionContext }) {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const { slug, name, canWrite, region } = context;
  const list = useQuery(trpc.agreement.forRegion.queryOptions({ slug }));

  return (
    <>
      <PageHeading title={t("cohosts.title", { region: name })} />
      <p className="lead">{t("cohosts.intro")}</p>
      {canWrite && region.currentEdition && (
        <p className="actions">
          <Link to="/regions/$slug/cohosts/new" params={{ slug }} className="button">
            {t("cohosts.create")}
          </Link>
        </p>
      )}
      <ListState query={list} isEmpty={(data) => data.length === 0} empty={t("cohosts.empty")}>
        {(data) => (
          <div className="pipeline">
            {AGREEMENT_STATUSES.map((status) => {
              const rows = data.filter((a) => a.status === status);
              return (
                <section key={status} aria-labelledby={`status-${status}`} className="pipeline-column card">
                  <h2 id={`status-${status}`} className="pipeline-heading">
                    {t(`agreementStatus.${status}`)} <span className="muted">({rows.length})</span>
                  </h2>
                  {rows.length === 0 ? (
                    <p className="muted">{t("cohosts.emptyStatus")}</p>
                  ) : (
                    <ul className="entries">
                      {rows.map((a) => (
                        <li key={a.id} className="entry">
                          <p className="entry-meta">
                            <span className="tag">{t(`agreementRole.${a.role}`)}</span>
                            <span>{t("cohosts.since", { date: dates.date(a.statusChangedOn) })}</span>
                          </p>
                          <h3 className="entry-title">
                            <Link
                              to="/regions/$slug/cohosts/$agreementId"
                              params={{ slug, agreementId: a.id }}
                            >
                              {a.organizationName}
                            </Link>
                          </h3>
                          {a.nextStep && (
                            <p>
                              {t("cohosts.nextStep", { step: a.nextStep })}
                              {a.nextStepOn && (
                                <>
                                  {" "}
                                  <DateText value={a.nextStepOn} />
                                </>
                              )}
                            </p>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        )}
      </ListState>
    </>
  );
}
