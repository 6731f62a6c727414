import type { AuditRecordType, RecordHistoryEntry } from "@kyoso/domain";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useDates } from "../i18n/use-dates";
import { useTRPC } from "../lib/trpc";
import { ChangesTable } from "./changes-table";
import { ListState } from "./query-state";
import "./record-history.css";

interface Props {
  recordType: AuditRecordType;
  id: string;
  /** Labels of this record's fields, where `recordHistory.fields` has none or another meaning. */
  fieldLabels?: Record<string, string>;
  /** A value shown in words (a kind, a status): undefined falls back to the generic display. */
  formatValue?: (field: string, value: unknown) => string | undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const LONG = 300;

/**
 * A record's change history, built from the audit log: who changed it when, and for an edit which fields changed
 * from what to what; dates in the Japanese way. Shown on a record's page under its details.
 */
export function RecordHistory({ recordType, id, fieldLabels, formatValue }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useDates();
  const headingId = useId();
  const query = useQuery(trpc.audit.forRecord.queryOptions({ recordType, id }));
  const labels = {
    ...(t("recordHistory.fields", { returnObjects: true }) as Record<string, string>),
    ...fieldLabels,
  };

  const show = (field: string, value: unknown): string => {
    const own = formatValue?.(field, value);
    if (own !== undefined) return own;
    if (value === null || value === undefined || value === "") return t("common.none");
    if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
    if (typeof value === "string") {
      if (ISO_DATE.test(value)) return dates.date(value);
      if (ISO_INSTANT.test(value)) return dates.dateTime(value);
      return value.length > LONG ? `${value.slice(0, LONG)}…` : value;
    }
    if (Array.isArray(value)) {
      return value.length === 0
        ? t("common.none")
        : value.map((v) => show(field, v)).join(t("common.listSeparator"));
    }
    if (typeof value === "object") {
      const o = value as Record<string, unknown>;
      if (typeof o.date === "string" && (o.precision === "day" || o.precision === "month"))
        return dates.partial({ date: o.date, precision: o.precision });
      // A row of a list (an attending organization, a task, a finding): what people recognise it by.
      const name = o.title ?? o.name ?? o.body ?? o.label;
      if (typeof name === "string") return name;
      return JSON.stringify(value);
    }
    return String(value);
  };

  return (
    <section className="record-history section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("recordHistory.title")}</h2>
      <ListState query={query} isEmpty={(rows) => rows.length === 0} empty={t("recordHistory.empty")}>
        {(rows) => (
          <ol className="record-history__list">
            {[...rows].reverse().map((entry) => (
              <HistoryEntry key={entry.id} entry={entry} labels={labels} show={show} />
            ))}
          </ol>
        )}
      </ListState>
    </section>
  );
}

function HistoryEntry({
  entry,
  labels,
  show,
}: {
  entry: RecordHistoryEntry;
  labels: Record<string, string>;
  show: (field: string, value: unknown) => string;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <li className="record-history__entry">
      <p>
        <time dateTime={entry.occurredAt}>{dates.dateTime(entry.occurredAt)}</time>{" "}
        <strong>{entry.actorName ?? t("audit.unknownActor")}</strong>{" "}
        <span className="tag">{t(`recordHistory.action.${entry.action}`)}</span>
      </p>
      {entry.action === "update" && entry.changes.length > 0 && (
        <ChangesTable
          changes={entry.changes}
          labels={labels}
          show={show}
          caption={t("recordHistory.changesCaption")}
        />
      )}
    </li>
  );
}
