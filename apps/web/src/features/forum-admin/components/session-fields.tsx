import { SESSION_KINDS } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { FormSelect, FormText } from "../../../components/form/fields";

/**
 * Kind, title, subtitle and times of a session: the same fields when adding and when editing, bound by name to
 * the surrounding SchemaForm.
 */
export function SessionFields({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <>
      <FormSelect
        id={`${idPrefix}-kind`}
        name="kind"
        label={t("forum.program.fields.kind")}
        required
        options={SESSION_KINDS.map((kind) => ({ value: kind, label: t(`sessionKind.${kind}`) }))}
      />
      <FormText id={`${idPrefix}-title`} name="title" label={t("forum.program.fields.title")} required />
      <FormText id={`${idPrefix}-subtitle`} name="subtitle" label={t("forum.program.fields.subtitle")} />
      <div className="field-row">
        <FormText
          id={`${idPrefix}-startsAt`}
          name="startsAt"
          type="time"
          label={t("forum.program.fields.startsAt")}
          hint={t("forum.program.hints.time")}
        />
        <FormText
          id={`${idPrefix}-endsAt`}
          name="endsAt"
          type="time"
          label={t("forum.program.fields.endsAt")}
          hint={t("forum.program.hints.time")}
        />
      </div>
    </>
  );
}

/** Name, affiliation and title of one speaker; `name` is where they sit in the form ("speakers.2"). */
export function SpeakerFields({
  idPrefix,
  name,
  nameRequired = true,
}: {
  idPrefix: string;
  /** The speaker's place in the form's values; empty when the form holds one speaker. */
  name?: string;
  /** A row of the new-session form may stay empty: its name is needed only once the row is filled. */
  nameRequired?: boolean;
}) {
  const { t } = useTranslation();
  const at = (field: string) => (name ? `${name}.${field}` : field);
  return (
    <div className="field-row speaker-fields">
      <FormText
        id={`${idPrefix}-name`}
        name={at("name")}
        label={t("forum.program.fields.speakerName")}
        required={nameRequired}
      />
      <FormText
        id={`${idPrefix}-affiliation`}
        name={at("affiliation")}
        label={t("forum.program.fields.affiliation")}
      />
      <FormText id={`${idPrefix}-title`} name={at("title")} label={t("forum.program.fields.speakerTitle")} />
    </div>
  );
}
