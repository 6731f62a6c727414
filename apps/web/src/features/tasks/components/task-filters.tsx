import { TASK_STATUSES, type TaskStatus } from "@kyoso/domain";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { toLanguage } from "../../../i18n/index";
import type { RouterOutputs } from "../../../lib/api-types";
import { PHONE_QUERY, useMediaQuery } from "../../../lib/use-media-query";
import { anyFilter, foldedFilterCount, type TaskSearch } from "../lib/task-search";

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

/**
 * Filters that apply as they change; the keyword filters the rows on screen at once, the server's answer follows.
 * On a phone all but the keyword fold behind a 「絞り込み（2件）」 button, so the first tasks show on the first
 * screen (unfolded they took more than two); on a wider screen they stay open. Only the filters live in the
 * address: whether the fold is open is the screen's own business.
 */
export function TaskFilters({ search, regions, users, onChange, onTyping, onClear }: Props) {
  const { t, i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  const id = useId();
  const phone = useMediaQuery(PHONE_QUERY);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
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

  const folded = foldedFilterCount(search);
  // The keyword as typed goes too, even before it reached the address (typed, then cleared at once).
  const clearAll = () => {
    setText("");
    onTyping("");
    onClear();
  };
  const keyword = (
    <div className="field task-keyword">
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
  );
  const fields = (
    <>
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
        {!phone && keyword}
      </div>
    </>
  );

  if (!phone) {
    return (
      <section aria-labelledby={`${id}-heading`} className="card filters task-filters">
        <h2 id={`${id}-heading`}>{t("tasks.filters.heading")}</h2>
        {fields}
        <button type="button" className="button button--secondary" onClick={clearAll}>
          {t("tasks.filters.clear")}
        </button>
      </section>
    );
  }

  // The heading is the button: a screen reader finds it among the headings and hears whether it is open
  // (aria-expanded). The panel it opens comes right after it, the keyword below both.
  return (
    <section aria-labelledby={`${id}-heading`} className="card filters task-filters task-filters--folding">
      <div className="filter-toggle-row">
        <h2 id={`${id}-heading`}>
          <button
            ref={toggle}
            type="button"
            className="filter-toggle"
            aria-expanded={open}
            aria-controls={`${id}-panel`}
            onClick={() => setOpen((was) => !was)}
          >
            {folded > 0 ? t("tasks.filters.headingCount", { count: folded }) : t("tasks.filters.heading")}
          </button>
        </h2>
        {(anyFilter(search) || text.trim() !== "") && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              clearAll();
              // The button goes once nothing is left to clear: focus goes back to the fold's button.
              toggle.current?.focus();
            }}
          >
            {t("tasks.filters.clear")}
          </button>
        )}
      </div>
      <div id={`${id}-panel`} className="filter-panel" hidden={!open}>
        {fields}
      </div>
      {keyword}
    </section>
  );
}
