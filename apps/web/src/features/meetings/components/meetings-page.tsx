import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../../components/page-heading";
import { Pager } from "../../../components/pager";
import { ListState } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import type { PageSearch } from "../../../lib/page-search";
import { useTRPC } from "../../../lib/trpc";
import { MeetingsTable } from "./meetings-table";

const PAGE_SIZE = 20;

export function MeetingsPage({ context, search }: { context: RegionContext; search: PageSearch }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate({ from: "/regions/$slug/meetings" });
  const { slug, name, canWrite } = context;
  const page = search.page ?? 1;
  const list = useQuery({
    ...trpc.meeting.forRegion.queryOptions({ slug, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeading title={t("meetings.title", { region: name })} />
      {canWrite && (
        <p className="actions">
          <Link to="/regions/$slug/meetings/quick" params={{ slug }} className="button">
            {t("meetings.quick")}
          </Link>
          <Link to="/regions/$slug/meetings/new" params={{ slug }} className="button button--secondary">
            {t("meetings.create")}
          </Link>
        </p>
      )}
      <p className="actions">
        <a className="button button--secondary" href={`/exports/regions/${slug}/meetings.xlsx`} download>
          {t("meetings.xlsx")}
        </a>
      </p>
      <section aria-labelledby="meetings-list-heading" className="section">
        <h2 id="meetings-list-heading">{t("meetings.listHeading")}</h2>
        <ListState query={list} isEmpty={(data) => data.total === 0} empty={t("meetings.empty")}>
          {(data) => (
            <>
              <MeetingsTable slug={slug} rows={data.rows} />
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
