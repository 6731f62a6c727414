import { useTranslation } from "react-i18next";
import { RepeatGroup, SelectField, TextAreaField } from "../../../components/fields";

export interface FindingRow {
  key: number;
  themeId: string;
  body: string;
}

interface Props {
  rows: FindingRow[];
  themes: { value: string; label: string }[];
  /** Messages by dotted path, as the form keys them ("findings.0.body"). */
  messages: (path: string) => string[] | undefined;
  onChange: (rows: FindingRow[]) => void;
}

/** At least one finding; each row has its theme, its text and a remove button naming the row. */
export function FindingRows({ rows, themes, messages, onChange }: Props) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<FindingRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const groupErrors = messages("findings");
  return (
    <RepeatGroup
      legend={t("hearings.fields.findings")}
      add={
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            onChange([...rows, { key: Math.max(0, ...rows.map((r) => r.key)) + 1, themeId: "", body: "" }])
          }
        >
          {t("hearings.addFinding")}
        </button>
      }
    >
      {groupErrors && (
        <ul className="field-error">
          {groupErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <div key={row.key} className="repeat-row">
            <SelectField
              id={`finding-${row.key}-theme`}
              label={t("hearings.fields.theme", { n })}
              required
              placeholder={t("form.choose")}
              value={row.themeId}
              onChange={(themeId) => update(row.key, { themeId })}
              options={themes}
              errors={messages(`findings.${index}.themeId`)}
            />
            <TextAreaField
              id={`finding-${row.key}-body`}
              label={t("hearings.fields.body", { n })}
              required
              rows={3}
              value={row.body}
              onChange={(body) => update(row.key, { body })}
              errors={messages(`findings.${index}.body`)}
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="button button--secondary remove-row"
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              >
                {t("hearings.removeFinding", { n })}
              </button>
            )}
          </div>
        );
      })}
    </RepeatGroup>
  );
}
