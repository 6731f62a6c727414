import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { PageHeading } from "../../../components/page-heading";
import { Pager } from "../../../components/pager";
import { ListState } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import type { PageSearch } from "../../../lib/page-search";
import { useTRPC } from "../../../lib/trpc";
import { FindingsList } from "./findings-list";

const PAGE_SIZE = 10;

export function HearingsPage({ context, search }: { context: RegionContext; search: PageSearch }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate({ from: "/regions/$slug/hearings" });
  const { slug, name, canWrite } = context;
  const page = search.page ?? 1;
  const list = useQuery({
    ...trpc.hearing.forRegion.queryOptions({ slug, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeading title={t("hearings.title", { region: name })} />
      {canWrite && (
        <p className="actions">
          <Link to="/regions/$slug/hearings/new" params={{ slug }} className="button">
            {t("hearings.create")}
          </Link>
        </p>
      )}
      <section aria-labelledby="hearings-list-heading" className="section">
        <h2 id="hearings-list-heading">{t("hearings.listHeading")}</h2>
        <ListState query={list} isEmpty={(data) => data.total === 0} empty={t("hearings.empty")}>
          {(data) => (
            <>
              <ul className="entries">
                {data.rows.map((hearing) => (
                  <li key={hearing.id} className="entry">
                    <p className="entry-meta">
                      <DateText value={hearing.heldOn} />
                      <span>{t("hearings.interviewer", { name: hearing.interviewer })}</span>
                      {hearing.respondent && (
                        <span>{t("hearings.respondent", { name: hearing.respondent })}</span>
                      )}
                    </p>
                    <h3 className="entry-title">
                      <Link to="/regions/$slug/hearings/$hearingId" params={{ slug, hearingId: hearing.id }}>
                        {t("hearings.with", { organization: hearing.organizationName })}
                      </Link>
                    </h3>
                    <FindingsList findings={hearing.findings} headingLevel={4} />
                  </li>
                ))}
              </ul>
              <Pager
                page={page}
                total={data.total}
                pageSize={PAGE_SIZE}
                onPageChange={(next) => void navigate({ search: { page: next } })}
              />
            </>
          )}
        </ListState>
      </section>
    </>
  );
}
