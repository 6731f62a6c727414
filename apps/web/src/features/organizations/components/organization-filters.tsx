import { ORGANIZATION_TYPES, type RegionPrefecture } from "@kyoso/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { toLanguage } from "../../../i18n/index";
import type { OrganizationSearch } from "../lib/organization-search";

interface Props {
  search: OrganizationSearch;
  prefectures: RegionPrefecture[];
  onApply: (filters: Pick<OrganizationSearch, "q" | "type" | "pref">) => void;
}

/** Search and filters applied with a button, so the list does not change under a screen reader mid-typing. */
export function OrganizationFilters({ search, prefectures, onApply }: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const [q, setQ] = useState(search.q ?? "");
  const [type, setType] = useState<string>(search.type ?? "");
  const [pref, setPref] = useState(search.pref ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      q: q.trim() || undefined,
      type: ORGANIZATION_TYPES.find((v) => v === type),
      pref: pref || undefined,
    });
  };
  return (
    <form className="card filters" onSubmit={submit} aria-labelledby="org-filters-heading">
      <h2 id="org-filters-heading">{t("organizations.filtersHeading")}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="org-q">{t("organizations.search")}</label>
          <input id="org-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="org-type">{t("organizations.type")}</label>
          <select id="org-type" value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">{t("organizations.all")}</option>
            {ORGANIZATION_TYPES.map((v) => (
              <option key={v} value={v}>
                {t(`organizationType.${v}`)}
              </option>
            ))}
          </select>
        </div>
        {/* A one-prefecture region already lists only its own prefecture. */}
        {prefectures.length > 1 && (
          <div className="field">
            <label htmlFor="org-pref">{t("organizations.prefecture")}</label>
            <select id="org-pref" value={pref} onChange={(e) => setPref(e.target.value)}>
              <option value="">{t("organizations.all")}</option>
              {prefectures.map((p) => (
                <option key={p.code} value={p.code}>
                  {locale === "en" ? p.nameRomaji : p.nameJa}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          {t("organizations.apply")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setQ("");
            setType("");
            setPref("");
            onApply({});
          }}
        >
          {t("organizations.clear")}
        </button>
      </div>
    </form>
  );
}
