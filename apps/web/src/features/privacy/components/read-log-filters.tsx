import type { UserProfile } from "@kyoso/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReadLogSearch } from "../lib/read-log-search";

type Key = "actor" | "type" | "record" | "from" | "to";

/** Applied with a button, as on the audit log: a list changing under a screen reader mid-choice disorients. */
export function ReadLogFilters({
  search,
  users,
  onApply,
}: {
  search: ReadLogSearch;
  users: UserProfile[];
  onApply: (search: ReadLogSearch) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<Key, string>>({
    actor: search.actor ?? "",
    type: search.type ?? "",
    record: search.record ?? "",
    from: search.from ?? "",
    to: search.to ?? "",
  });
  const set = (key: Key) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const or = (value: string) => value.trim() || undefined;
    onApply({
      actor: or(values.actor),
      type: values.type === "hearing" || values.type === "survey" ? values.type : undefined,
      record: or(values.record),
      from: or(values.from),
      to: or(values.to),
    });
  };
  return (
    <form className="card filters" onSubmit={submit} aria-labelledby="read-log-filters-heading">
      <h2 id="read-log-filters-heading">{t("privacy.readLog.filters")}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="read-log-actor">{t("privacy.readLog.actor")}</label>
          <select id="read-log-actor" value={values.actor} onChange={set("actor")}>
            <option value="">{t("privacy.readLog.anyone")}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="read-log-type">{t("privacy.readLog.recordType")}</label>
          <select id="read-log-type" value={values.type} onChange={set("type")}>
            <option value="">{t("privacy.readLog.anyType")}</option>
            <option value="hearing">{t("privacy.readLog.type.hearing")}</option>
            <option value="survey">{t("privacy.readLog.type.survey")}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="read-log-record">{t("privacy.readLog.recordId")}</label>
        <input
          id="read-log-record"
          value={values.record}
          onChange={set("record")}
          aria-describedby="read-log-record-hint"
          spellCheck={false}
        />
        <p id="read-log-record-hint" className="field-hint">
          {t("privacy.readLog.recordIdHint")}
        </p>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="read-log-from">{t("privacy.readLog.from")}</label>
          <input id="read-log-from" type="date" value={values.from} onChange={set("from")} />
        </div>
        <div className="field">
          <label htmlFor="read-log-to">{t("privacy.readLog.to")}</label>
          <input id="read-log-to" type="date" value={values.to} onChange={set("to")} />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          {t("privacy.readLog.apply")}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onApply({})}>
          {t("privacy.readLog.clear")}
        </button>
      </div>
    </form>
  );
}
