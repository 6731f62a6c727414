import { can } from "@kyoso/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { Pager } from "../../../components/pager";
import { ListState } from "../../../components/query-state";
import { toLanguage } from "../../../i18n/index";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { useRegionNames } from "../../../lib/use-region-names";
import type { FindingsSearch } from "../lib/findings-search";
import { ThemeManager } from "./theme-manager";

const PAGE_SIZE = 20;

export function FindingsPage({ search }: { search: FindingsSearch }) {
  const me = useMe();
  return can(me, "national.view") ? <Findings search={search} /> : <Forbidden />;
}

/** What hearings found across regions, by theme, with who said it where: for the national team. */
function Findings({ search }: { search: FindingsSearch }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const locale = toLanguage(i18n.resolvedLanguage);
  const trpc = useTRPC();
  const regionName = useRegionNames();
  const navigate = useNavigate({ from: "/hearings" });
  const page = search.page ?? 1;
  const [theme, setTheme] = useState(search.theme ?? "");
  const themes = useQuery(trpc.hearing.themes.queryOptions());
  const list = useQuery({
    ...trpc.hearing.findingsByTheme.queryOptions({ themeId: search.theme, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: { theme: theme || undefined } });
  };

  return (
    <>
      <PageHeading title={t("hearings.national.title")} />
      <p className="lead">{t("hearings.national.intro")}</p>
      <form className="card filters inline-filter" onSubmit={submit}>
        <div className="field">
          <label htmlFor="findings-theme">{t("hearings.national.theme")}</label>
          <select id="findings-theme" value={theme} onChange={(e) => setTheme(e.target.value)}>
            <option value="">{t("hearings.national.allThemes")}</option>
            {(themes.data ?? []).map((th) => (
              <option key={th.id} value={th.id}>
                {locale === "en" ? th.nameEn : th.nameJa}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("hearings.national.apply")}
        </button>
      </form>
      <section aria-labelledby="findings-list-heading" className="section">
        <h2 id="findings-list-heading">{t("hearings.national.listHeading")}</h2>
        <ListState query={list} isEmpty={(data) => data.total === 0} empty={t("hearings.national.empty")}>
          {(data) => (
            <>
              <ul className="entries">
                {data.rows.map((f) => (
                  <li key={f.id} className="entry">
                    <p className="entry-meta">
                      <span className="tag">{locale === "en" ? f.themeEn : f.themeJa}</span>
                      <DateText value={f.heldOn} />
                      <Link to="/regions/$slug" params={{ slug: f.regionSlug }}>
                        {regionName(f.regionSlug, f.regionName)}
                      </Link>
                    </p>
                    <p className="pre-line" data-user-text="">
                      {f.body}
                    </p>
                    <p className="muted">
                      <span data-user-text="">
                        {f.respondent
                          ? t("hearings.national.source", {
                              organization: f.organizationName,
                              respondent: f.respondent,
                            })
                          : f.organizationName}
                      </span>{" "}
                      <Link
                        to="/regions/$slug/hearings/$hearingId"
                        params={{ slug: f.regionSlug, hearingId: f.hearingId }}
                      >
                        {t("hearings.national.openHearing")}
                      </Link>
                    </p>
                  </li>
                ))}
              </ul>
              <Pager
                page={page}
                total={data.total}
                pageSize={PAGE_SIZE}
                onPageChange={(next) => void navigate({ search: { ...search, page: next } })}
              />
            </>
          )}
        </ListState>
      </section>
      {can(me, "settings.manage") && <ThemeManager />}
    </>
  );
}
