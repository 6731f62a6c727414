import type { RegionSummary, UserProfile } from "@kyoso/domain";
import { AUDIT_RECORD_TYPES } from "@kyoso/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { toLanguage } from "../../../i18n/index";
import type { AuditSearch } from "../lib/audit-search";

interface Props {
  search: AuditSearch;
  users: UserProfile[];
  regions: RegionSummary[];
  onApply: (search: AuditSearch) => void;
}

type FilterKey = "actor" | "region" | "type" | "from" | "to";

/** Applied with a button, not on every change: a list re-rendering under a screen reader mid-choice is disorienting. */
export function AuditFilters({ search, users, regions, onApply }: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const [values, setValues] = useState<Record<FilterKey, string>>({
    actor: search.actor ?? "",
    region: search.region ?? "",
    type: search.type ?? "",
    from: search.from ?? "",
    to: search.to ?? "",
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const or = (value: string) => value || undefined;
    onApply({
      actor: or(values.actor),
      region: or(values.region),
      type: AUDIT_RECORD_TYPES.find((type) => type === values.type),
      from: or(values.from),
      to: or(values.to),
    });
  };

  const set = (key: FilterKey) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const select = (key: "actor" | "region" | "type", options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`audit-${key}`}>{t(`audit.filters.${key}`)}</label>
      <select id={`audit-${key}`} name={key} value={values[key]} onChange={set(key)}>
        <option value="">{t("audit.filters.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  const date = (key: "from" | "to") => (
    <div className="field">
      <label htmlFor={`audit-${key}`}>{t(`audit.filters.${key}`)}</label>
      <input id={`audit-${key}`} name={key} type="date" value={values[key]} onChange={set(key)} />
    </div>
  );

  return (
    <form className="card filters" onSubmit={submit} aria-labelledby="audit-filters-heading">
      <h2 id="audit-filters-heading">{t("audit.filtersHeading")}</h2>
      <div className="field-row">
        {select(
          "actor",
          users.map((u) => ({ value: u.id, label: u.displayName })),
        )}
        {select(
          "region",
          regions.map((r) => ({ value: r.id, label: locale === "en" ? r.nameEn : r.nameJa })),
        )}
        {select(
          "type",
          AUDIT_RECORD_TYPES.map((type) => ({ value: type, label: t(`audit.recordType.${type}`) })),
        )}
        {date("from")}
        {date("to")}
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          {t("audit.apply")}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onApply({})}>
          {t("audit.clear")}
        </button>
      </div>
    </form>
  );
}
