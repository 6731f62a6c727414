import { can } from "@kyoso/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import { useDates } from "../../../i18n/use-dates";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { NetworkPageForm } from "./network-page-form";

/** The network's own public pages (開催にあたり, 共有価値, …): the national team's editor. */
export function NetworkPagesPage() {
  const me = useMe();
  return can(me, "settings.manage") ? <NetworkPages /> : <Forbidden />;
}

function NetworkPages() {
  const { t } = useTranslation();
  const dates = useDates();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const pages = useQuery(trpc.networkPage.list.queryOptions());
  /** The page open in the editor: an id, "new", or none. */
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const reload = async () => {
    await queryClient.invalidateQueries(trpc.networkPage.pathFilter());
    setFormKey((k) => k + 1);
  };

  return (
    <>
      <PageHeading title={t("networkPages.title")} />
      <p className="lead">{t("networkPages.intro")}</p>
      <ListState query={pages} isEmpty={(data) => data.length === 0} empty={t("networkPages.empty")}>
        {(data) => (
          <ul className="entries network-pages">
            {data.map((page) => (
              <li key={page.id} className="entry">
                <p className="entry-meta">
                  <span className={page.published ? "tag tag--public" : "tag"}>
                    {page.published ? t("networkPages.published") : t("networkPages.draft")}
                  </span>
                  <span>/about/{page.slug}</span>
                  <span className="muted">{dates.dateTime(page.updatedAt)}</span>
                </p>
                <h2 className="entry-title">{page.title}</h2>
                <div className="record-actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-expanded={editing === page.id}
                    onClick={() => setEditing(editing === page.id ? null : page.id)}
                  >
                    {t("networkPages.edit", { title: page.title })}
                  </button>
                  {page.published && (
                    <a href={`/about/${page.slug}`} className="button button--secondary button--small">
                      {t("networkPages.view")}
                      <span className="visually-hidden">{`（${page.title}）`}</span>
                    </a>
                  )}
                </div>
                {editing === page.id && (
                  <NetworkPageForm
                    key={`${formKey}-${page.id}-${page.version}`}
                    page={page}
                    onReload={() => void reload()}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </ListState>
      <section className="section" aria-labelledby="network-page-new-heading">
        <h2 id="network-page-new-heading">{t("networkPages.createTitle")}</h2>
        {editing === "new" ? (
          <NetworkPageForm key={`${formKey}-new`} onDone={() => setEditing(null)} />
        ) : (
          <button type="button" className="button" onClick={() => setEditing("new")}>
            {t("networkPages.create")}
          </button>
        )}
      </section>
    </>
  );
}
