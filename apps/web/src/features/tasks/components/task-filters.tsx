import { TASK_STATUSES, type TaskStatus } from "@kyoso/domain";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { toLanguage } from "../../../i18n/index";
import type { RouterOutputs } from "../../../lib/api-types";
import type { TaskSearch } from "../lib/task-search";

interface Props {
  search: TaskSearch;
  regions: RouterOutputs["region"]["list"];
  /** Everyone to assign to: only the national team may list users; null hides the select. */
  users: RouterOutputs["user"]["list"] | null;
  onChange: (patch: Partial<TaskSearch>) => void;
  /** The keyword as it is being typed, before it is sent: the rows on screen are filtered by it at once. */
  onTyping: (text: string) => void;
  onClear: () => void;
}

/** The server is asked once typing pauses this long; the rows on screen are filtered at every keystroke. */
const DEBOUNCE_MS = 250;

/** Filters that apply as they change; the keyword filters the rows on screen at once, the server's answer follows. */
export function TaskFilters({ search, regions, users, onChange, onTyping, onClear }: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const id = useId();
  const [text, setText] = useState(search.q ?? "");

  useEffect(() => {
    setText(search.q ?? "");
    onTyping(search.q ?? "");
  }, [search.q, onTyping]);
  useEffect(() => {
    const next = text.trim() === "" ? undefined : text.trim();
    if (next === search.q) return;
    const timer = setTimeout(() => onChange({ q: next }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, search.q, onChange]);

  const toggleStatus = (status: TaskStatus, checked: boolean) => {
    const current = new Set(search.status ?? []);
    if (checked) current.add(status);
    else current.delete(status);
    const next = TASK_STATUSES.filter((s) => current.has(s));
    onChange({ status: next.length > 0 ? next : undefined });
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="card filters task-filters">
      <h2 id={`${id}-heading`}>{t("tasks.filters.heading")}</h2>
      <fieldset className="checkbox-row">
        <legend>{t("tasks.filters.status")}</legend>
        {TASK_STATUSES.map((status) => (
          <label key={status} className="checkbox">
            <input
              type="checkbox"
              checked={search.status?.includes(status) ?? false}
              onChange={(e) => toggleStatus(status, e.target.checked)}
            />
            {t(`taskStatus.${status}`)}
          </label>
        ))}
      </fieldset>
      <div className="filter-grid">
        <div className="field">
          <label htmlFor={`${id}-region`}>{t("tasks.filters.region")}</label>
          <select
            id={`${id}-region`}
            value={search.region ?? ""}
            onChange={(e) => onChange({ region: e.target.value || undefined })}
          >
            <option value="">{t("tasks.filters.allRegions")}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {locale === "en" ? r.nameEn : r.nameJa}
              </option>
            ))}
          </select>
        </div>
        {users && !search.mine && (
          <div className="field">
            <label htmlFor={`${id}-assignee`}>{t("tasks.filters.assignee")}</label>
            <select
              id={`${id}-assignee`}
              value={search.assignee ?? ""}
              onChange={(e) => onChange({ assignee: e.target.value || undefined })}
            >
              <option value="">{t("tasks.filters.anyone")}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id} data-user-text="">
                  {u.displayName}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-from`}>{t("tasks.filters.dueFrom")}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={search.from ?? ""}
            max={search.to}
            onChange={(e) => onChange({ from: e.target.value || undefined })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t("tasks.filters.dueTo")}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={search.to ?? ""}
            min={search.from}
            onChange={(e) => onChange({ to: e.target.value || undefined })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t("tasks.filters.text")}</label>
          <p id={`${id}-text-hint`} className="field-hint">
            {t("tasks.filters.textHint")}
          </p>
          <input
            id={`${id}-text`}
            type="search"
            value={text}
            maxLength={100}
            aria-describedby={`${id}-text-hint`}
            onChange={(e) => {
              setText(e.target.value);
              onTyping(e.target.value);
            }}
          />
        </div>
      </div>
      <button type="button" className="button button--secondary" onClick={onClear}>
        {t("tasks.filters.clear")}
      </button>
    </section>
  );
}
