import { can, type ManagedRegion, PREFECTURES } from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import { toLanguage } from "../../../i18n/index";
import { serverMessage } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { RegionCreateForm } from "./region-create-form";
import { RegionRenameForm } from "./region-rename-form";

export function RegionAdminPage() {
  const me = useMe();
  return can(me, "region.manage") ? <ManageRegions /> : <Forbidden />;
}

function ManageRegions() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const regions = useQuery(trpc.region.manageList.queryOptions());
  const [renaming, setRenaming] = useState<ManagedRegion | null>(null);
  const [archiving, setArchiving] = useState<ManagedRegion | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const setArchived = useMutation(
    trpc.region.setArchived.mutationOptions({
      onSuccess: async (region) => {
        setArchiving(null);
        setNotice(
          t(region.archivedAt ? "regionAdmin.archived" : "regionAdmin.unarchived", { name: region.nameJa }),
        );
        await queryClient.invalidateQueries(trpc.region.pathFilter());
        await queryClient.invalidateQueries(trpc.overview.pathFilter());
      },
    }),
  );
  const toggle = (region: ManagedRegion) => {
    setNotice(null);
    if (region.archivedAt) setArchived.mutate({ id: region.id, version: region.version, archived: false });
    else setArchiving(region);
  };

  return (
    <>
      <PageHeading title={t("regionAdmin.title")} />
      <p className="lead">{t("regionAdmin.intro")}</p>
      <div role="status" className={notice ? "notice notice--success" : undefined}>
        {notice}
      </div>
      {setArchived.isError && (
        <p className="notice notice--error" role="alert">
          {serverMessage(setArchived.error) ?? t("form.networkError")}
        </p>
      )}
      <section aria-labelledby="regions-admin-heading" className="section">
        <h2 id="regions-admin-heading">{t("regionAdmin.listHeading")}</h2>
        <ListState query={regions} isEmpty={(data) => data.length === 0} empty={t("regionAdmin.empty")}>
          {(data) => (
            <RegionsTable
              regions={data}
              busy={setArchived.isPending}
              onRename={(region) => {
                setNotice(null);
                setRenaming(region);
              }}
              onToggleArchive={toggle}
            />
          )}
        </ListState>
        {renaming && (
          <RegionRenameForm
            key={renaming.id}
            region={renaming}
            onDone={(name) => {
              setRenaming(null);
              if (name) setNotice(t("regionAdmin.saved", { name }));
            }}
          />
        )}
      </section>
      <section aria-labelledby="regions-create-heading" className="section">
        <h2 id="regions-create-heading">{t("regionAdmin.createHeading")}</h2>
        <RegionCreateForm />
      </section>
      <ConfirmDialog
        open={archiving !== null}
        title={t("regionAdmin.archiveTitle", { name: archiving?.nameJa ?? "" })}
        confirmLabel={t("regionAdmin.archive")}
        pending={setArchived.isPending}
        onConfirm={() =>
          archiving && setArchived.mutate({ id: archiving.id, version: archiving.version, archived: true })
        }
        onCancel={() => setArchiving(null)}
      >
        <p>{t("regionAdmin.archiveBody")}</p>
      </ConfirmDialog>
    </>
  );
}

interface TableProps {
  regions: ManagedRegion[];
  busy: boolean;
  onRename: (region: ManagedRegion) => void;
  onToggleArchive: (region: ManagedRegion) => void;
}

/** Every region, archived ones last; below ~480 px each row is a card (lists.css, `.data-table--cards`). */
function RegionsTable({ regions, busy, onRename, onToggleArchive }: TableProps) {
  const { t, i18n } = useTranslation();
  const en = toLanguage(i18n.resolvedLanguage) === "en";
  const prefectureName = (code: string) => {
    const p = PREFECTURES.find((x) => x.code === code);
    return p ? (en ? p.nameRomaji : p.nameJa) : code;
  };
  const columns = ["name", "slug", "kind", "prefectures", "members", "status", "actions"] as const;
  return (
    <div className="table-scroll">
      <table className="data-table data-table--cards">
        <caption className="visually-hidden">{t("regionAdmin.tableCaption")}</caption>
        <thead>
          <tr>
            {columns.map((key) => (
              <th key={key} scope="col" className="plain-th">
                {t(`regionAdmin.column.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => {
            const name = en ? region.nameEn : region.nameJa;
            const status = region.archivedAt ? "archived" : "active";
            return (
              <tr key={region.id} className={region.archivedAt ? "row--archived" : undefined}>
                <th scope="row" className="row-th">
                  <Link to="/regions/$slug" params={{ slug: region.slug }}>
                    {name}
                  </Link>
                </th>
                <td data-label={t("regionAdmin.column.slug")}>
                  <code>{region.slug}</code>
                </td>
                <td data-label={t("regionAdmin.column.kind")}>{t(`regionAdmin.kind.${region.kind}`)}</td>
                <td data-label={t("regionAdmin.column.prefectures")}>
                  {region.prefectureCodes.map(prefectureName).join(t("common.listSeparator"))}
                </td>
                <td data-label={t("regionAdmin.column.members")}>
                  {t("regionAdmin.members", { count: region.memberCount })}
                </td>
                <td data-label={t("regionAdmin.column.status")}>
                  <span className={`status status--${status}`}>{t(`regionAdmin.status.${status}`)}</span>
                </td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t("regionAdmin.renameFor", { name })}
                      onClick={() => onRename(region)}
                    >
                      {t("regionAdmin.rename")}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t(
                        region.archivedAt ? "regionAdmin.unarchiveFor" : "regionAdmin.archiveFor",
                        {
                          name,
                        },
                      )}
                      aria-disabled={busy || undefined}
                      onClick={() => !busy && onToggleArchive(region)}
                    >
                      {t(region.archivedAt ? "regionAdmin.unarchive" : "regionAdmin.archive")}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
