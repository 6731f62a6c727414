import { useTranslation } from "react-i18next";
import { RepeatGroup, TextField } from "../../../components/fields";
import { isFilledAction, type MeetingFormValues } from "../lib/meeting-form";

type Items = MeetingFormValues["actionItems"];

interface Props {
  items: Items;
  /** Messages by dotted path, as the form keys them ("findings.0.body"). */
  messages: (path: string) => string[] | undefined;
  onChange: (items: Items) => void;
}

/** Action items become tasks; each row is removable by a button that names its row. */
export function ActionItems({ items, messages, onChange }: Props) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<Items[number]>) =>
    onChange(items.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  return (
    <RepeatGroup
      legend={t("meetings.fields.actionItems")}
      add={
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            onChange([...items, { key: Math.max(0, ...items.map((i) => i.key)) + 1, title: "", dueOn: "" }])
          }
        >
          {t("meetings.addAction")}
        </button>
      }
    >
      {items.map((item, index) => {
        const n = index + 1;
        // The schema numbers only the rows that are sent.
        const sent = items.filter(isFilledAction).indexOf(item);
        return (
          <div key={item.key} className="repeat-row">
            <TextField
              id={`meeting-action-${item.key}-title`}
              label={t("meetings.fields.actionTitle", { n })}
              value={item.title}
              onChange={(title) => update(item.key, { title })}
              errors={messages(`actionItems.${sent}.title`)}
            />
            <TextField
              id={`meeting-action-${item.key}-due`}
              type="date"
              label={t("meetings.fields.actionDue", { n })}
              value={item.dueOn}
              onChange={(dueOn) => update(item.key, { dueOn })}
              errors={messages(`actionItems.${sent}.dueOn`)}
            />
            <button
              type="button"
              className="button button--secondary remove-row"
              onClick={() => onChange(items.filter((i) => i.key !== item.key))}
            >
              {t("meetings.removeAction", { n })}
            </button>
          </div>
        );
      })}
    </RepeatGroup>
  );
}
