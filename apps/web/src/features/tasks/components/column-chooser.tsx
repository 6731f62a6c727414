import type { VisibilityState } from "@tanstack/react-table";
import { useTranslation } from "react-i18next";
import { HIDEABLE_COLUMNS } from "./task-columns";

/** Show or hide task columns; the choice is remembered in this browser. */
export function ColumnChooser({
  visibility,
  onChange,
}: {
  visibility: VisibilityState;
  onChange: (column: string, shown: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <details className="column-chooser">
      <summary>{t("tasks.columnChooser")}</summary>
      <fieldset className="checkbox-row">
        <legend className="visually-hidden">{t("tasks.columnChooser")}</legend>
        {HIDEABLE_COLUMNS.map((column) => (
          <label key={column} className="checkbox">
            <input
              type="checkbox"
              checked={visibility[column] !== false}
              onChange={(e) => onChange(column, e.target.checked)}
            />
            {t(`tasks.column.${column}`)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
