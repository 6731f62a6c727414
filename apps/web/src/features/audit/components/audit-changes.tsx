import { ROLES, STAGES } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { ChangesTable } from "../../../components/changes-table";
import { changedFields } from "../lib/changes";

interface Props {
  before: unknown;
  after: unknown;
  /** Region ids in snapshots read as names. */
  regionNames: Map<string, string>;
}

/** A disclosure with the changed fields, before → after; closed by default so the table stays scannable. */
export function AuditChanges({ before, after, regionNames }: Props) {
  const { t } = useTranslation();
  const changes = changedFields(before, after);
  if (changes.length === 0) return <span className="muted">{t("audit.noChanges")}</span>;

  const labels = t("audit.fields", { returnObjects: true }) as Record<string, string>;
  const show = (key: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("common.none");
    if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
    if (Array.isArray(value)) {
      return value
        .map((v) => (typeof v === "string" ? (regionNames.get(v) ?? v) : show(key, v)))
        .join(t("common.listSeparator"));
    }
    if (typeof value === "string") {
      const role = ROLES.find((r) => r === value);
      if (key === "role" && role) return t(`roles.${role}`);
      const stage = STAGES.find((s) => s === value);
      if (key === "stage" && stage) return t(`stage.${stage}`);
      return regionNames.get(value) ?? value;
    }
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  };

  return (
    <details className="changes">
      <summary>{t("audit.showChanges", { count: changes.length })}</summary>
      <ChangesTable changes={changes} labels={labels} show={show} />
    </details>
  );
}
