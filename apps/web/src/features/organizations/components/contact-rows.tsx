import { useTranslation } from "react-i18next";
import { RepeatGroup, TextField } from "../../../components/fields";
import type { ContactValues } from "../lib/organization-form";

interface Props {
  contacts: ContactValues[];
  /** The messages for a path inside the rows ("contacts.0.name"). */
  messagesOf: (path: string) => string[] | undefined;
  onChange: (contacts: ContactValues[]) => void;
}

const FIELDS = [
  { key: "name", label: "contactName", type: "text", autoComplete: "name" },
  { key: "title", label: "contactTitle", type: "text", autoComplete: "organization-title" },
  { key: "email", label: "contactEmail", type: "email", autoComplete: "email" },
  { key: "phone", label: "contactPhone", type: "tel", autoComplete: "tel" },
] as const;

/** Contact people as repeated rows; each row's remove button names the row it removes. */
export function ContactRows({ contacts, messagesOf, onChange }: Props) {
  const { t } = useTranslation();
  const update = (key: number, patch: Partial<ContactValues>) =>
    onChange(contacts.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  return (
    <RepeatGroup
      legend={t("organizations.fields.contacts")}
      add={
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            onChange([
              ...contacts,
              {
                key: Math.max(0, ...contacts.map((c) => c.key)) + 1,
                name: "",
                title: "",
                email: "",
                phone: "",
              },
            ])
          }
        >
          {t("organizations.addContact")}
        </button>
      }
    >
      {contacts.length === 0 && <p className="muted">{t("organizations.noContacts")}</p>}
      {contacts.map((contact, index) => {
        const n = index + 1;
        return (
          <div key={contact.key} className="repeat-row">
            <div className="field-row">
              {FIELDS.map((f) => (
                <TextField
                  key={f.key}
                  id={`contact-${contact.key}-${f.key}`}
                  type={f.type}
                  autoComplete={`section-contact${contact.key} ${f.autoComplete}`}
                  label={t(`organizations.fields.${f.label}`, { n })}
                  required={f.key === "name"}
                  value={contact[f.key]}
                  onChange={(value) => update(contact.key, { [f.key]: value })}
                  errors={messagesOf(`contacts.${index}.${f.key}`)}
                />
              ))}
            </div>
            <button
              type="button"
              className="button button--secondary remove-row"
              onClick={() => onChange(contacts.filter((c) => c.key !== contact.key))}
            >
              {t("organizations.removeContact", { n })}
            </button>
          </div>
        );
      })}
    </RepeatGroup>
  );
}
