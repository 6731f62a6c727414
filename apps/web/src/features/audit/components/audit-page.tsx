import { can } from "@kyoso/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { PrivacyTabs } from "../../../components/privacy-tabs";
import { ListState } from "../../../components/query-state";
import { toLanguage } from "../../../i18n/index";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { AUDIT_PAGE_SIZE, type AuditSearch } from "../lib/audit-search";
import { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";

export function AuditPage({ search }: { search: AuditSearch }) {
  const me = useMe();
  return can(me, "audit.read") ? <AuditLog search={search} /> : <Forbidden />;
}

function AuditLog({ search }: { search: AuditSearch }) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const navigate = useNavigate({ from: "/audit" });
  const page = search.page ?? 1;
  const { page: _page, ...filters } = search;
  const log = useQuery({
    ...trpc.audit.list.queryOptions({
      actorId: search.actor,
      regionId: search.region,
      recordType: search.type,
      from: search.from,
      to: search.to,
      page,
      pageSize: AUDIT_PAGE_SIZE,
    }),
    // The current page stays on screen while the next one loads, so the pager does not jump away.
    placeholderData: keepPreviousData,
  });
  const users = useQuery(trpc.user.list.queryOptions());
  const regions = useQuery(trpc.region.list.queryOptions());
  const regionNames = useMemo(
    () => new Map((regions.data ?? []).map((r) => [r.id, locale === "en" ? r.nameEn : r.nameJa])),
    [regions.data, locale],
  );

  return (
    <>
      <PageHeading title={t("audit.title")} />
      <PrivacyTabs />
      <p className="lead">{t("audit.intro")}</p>
      <AuditFilters
        key={JSON.stringify(filters)}
        search={filters}
        users={users.data ?? []}
        regions={regions.data ?? []}
        onApply={(next) => void navigate({ search: next })}
      />
      <section aria-labelledby="audit-results-heading" className="section">
        <h2 id="audit-results-heading" className="visually-hidden">
          {t("audit.tableCaption")}
        </h2>
        <ListState query={log} isEmpty={(data) => data.total === 0} empty={t("audit.empty")}>
          {(data) => (
            <AuditTable
              rows={data.rows}
              pageIndex={page - 1}
              total={data.total}
              pageSize={AUDIT_PAGE_SIZE}
              regionNames={regionNames}
              onPageChange={(index) => void navigate({ search: { ...search, page: index + 1 } })}
            />
          )}
        </ListState>
      </section>
    </>
  );
}
