import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../../components/page-heading";
import { Pager } from "../../../components/pager";
import { ListState } from "../../../components/query-state";
import type { RegionContext } from "../../../components/region-frame";
import { useTRPC } from "../../../lib/trpc";
import { ORGANIZATION_PAGE_SIZE, type OrganizationSearch } from "../lib/organization-search";
import { OrganizationFilters } from "./organization-filters";
import { OrganizationsTable } from "./organizations-table";

export function OrganizationsPage({
  context,
  search,
}: {
  context: RegionContext;
  search: OrganizationSearch;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const navigate = useNavigate({ from: "/regions/$slug/organizations" });
  const { region, slug, name, canWrite } = context;
  const page = search.page ?? 1;
  const sort = search.sort ?? "name";
  const direction = search.dir ?? "asc";
  // The organizations in the prefectures the region covers (首都圏: 埼玉・千葉・東京・神奈川), narrowed by the filters.
  const list = useQuery({
    ...trpc.organization.list.queryOptions({
      query: search.q,
      regionId: region.id,
      type: search.type,
      prefectureCode: search.pref,
      sort,
      direction,
      page,
      pageSize: ORGANIZATION_PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const { q, type, pref } = search;
  const editable = useMemo(() => new Set(region.prefectures.map((p) => p.code)), [region.prefectures]);

  return (
    <>
      <PageHeading title={t("organizations.title", { region: name })} />
      <p className="lead">{t("organizations.intro")}</p>
      {canWrite && (
        <p className="actions">
          <Link to="/regions/$slug/organizations/new" params={{ slug }} className="button">
            {t("organizations.create")}
          </Link>
          <Link
            to="/regions/$slug/organizations/import"
            params={{ slug }}
            className="button button--secondary"
          >
            {t("organizations.import")}
          </Link>
        </p>
      )}
      <p className="actions">
        <a className="button button--secondary" href={`/exports/regions/${slug}/organizations.xlsx`} download>
          {t("organizations.xlsx")}
        </a>
      </p>
      <OrganizationFilters
        key={JSON.stringify({ q, type, pref })}
        search={search}
        prefectures={region.prefectures}
        onApply={(filters) => void navigate({ search: { ...filters, sort: search.sort, dir: search.dir } })}
      />
      <section aria-labelledby="org-list-heading" className="section">
        <h2 id="org-list-heading" className="visually-hidden">
          {t("organizations.tableCaption")}
        </h2>
        <ListState query={list} isEmpty={(data) => data.total === 0} empty={t("organizations.empty")}>
          {(data) => (
            <>
              <OrganizationsTable
                slug={slug}
                rows={data.rows}
                sort={sort}
                direction={direction}
                editable={editable}
                canWrite={canWrite}
                onSortChange={(nextSort, dir) =>
                  void navigate({ search: { ...search, sort: nextSort, dir, page: undefined } })
                }
              />
              <Pager
                page={page}
                total={data.total}
                pageSize={ORGANIZATION_PAGE_SIZE}
                onPageChange={(next) => void navigate({ search: { ...search, page: next } })}
              />
            </>
          )}
        </ListState>
      </section>
    </>
  );
}
