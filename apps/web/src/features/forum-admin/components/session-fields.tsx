import { SESSION_KINDS, type SessionKind } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "../../../components/fields";
import type { FieldErrors } from "../../../lib/field-errors";
import type { SessionValues } from "../lib/session-values";

interface Props {
  /** Prefix of the controls' ids: one page holds several session forms. */
  idPrefix: string;
  values: SessionValues;
  errors: FieldErrors;
  onChange: (values: SessionValues) => void;
}

/** Kind, title, subtitle and times of a session: the same fields when adding and when editing. */
export function SessionFields({ idPrefix, values, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof SessionValues) => (value: string) => onChange({ ...values, [key]: value });
  return (
    <>
      <SelectField
        id={`${idPrefix}-kind`}
        label={t("forum.program.fields.kind")}
        required
        value={values.kind}
        onChange={(kind) => onChange({ ...values, kind: kind as SessionKind })}
        options={SESSION_KINDS.map((kind) => ({ value: kind, label: t(`sessionKind.${kind}`) }))}
        errors={errors.kind}
      />
      <TextField
        id={`${idPrefix}-title`}
        label={t("forum.program.fields.title")}
        required
        value={values.title}
        onChange={set("title")}
        errors={errors.title}
      />
      <TextField
        id={`${idPrefix}-subtitle`}
        label={t("forum.program.fields.subtitle")}
        value={values.subtitle}
        onChange={set("subtitle")}
        errors={errors.subtitle}
      />
      <div className="field-row">
        <TextField
          id={`${idPrefix}-startsAt`}
          type="time"
          label={t("forum.program.fields.startsAt")}
          hint={t("forum.program.hints.time")}
          value={values.startsAt}
          onChange={set("startsAt")}
          errors={errors.startsAt}
        />
        <TextField
          id={`${idPrefix}-endsAt`}
          type="time"
          label={t("forum.program.fields.endsAt")}
          hint={t("forum.program.hints.time")}
          value={values.endsAt}
          onChange={set("endsAt")}
          errors={errors.endsAt}
        />
      </div>
    </>
  );
}

/** Name, affiliation and title of one speaker. */
export function SpeakerFields({
  idPrefix,
  nameRequired = true,
  values,
  errors,
  onChange,
}: {
  idPrefix: string;
  /** A row of the new-session form may stay empty: its name is needed only once the row is filled. */
  nameRequired?: boolean;
  values: { name: string; affiliation: string; title: string };
  errors: { name?: string[] | undefined; affiliation?: string[] | undefined; title?: string[] | undefined };
  onChange: (values: { name: string; affiliation: string; title: string }) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field-row speaker-fields">
      <TextField
        id={`${idPrefix}-name`}
        label={t("forum.program.fields.speakerName")}
        required={nameRequired}
        value={values.name}
        onChange={(name) => onChange({ ...values, name })}
        errors={errors.name}
      />
      <TextField
        id={`${idPrefix}-affiliation`}
        label={t("forum.program.fields.affiliation")}
        value={values.affiliation}
        onChange={(affiliation) => onChange({ ...values, affiliation })}
        errors={errors.affiliation}
      />
      <TextField
        id={`${idPrefix}-title`}
        label={t("forum.program.fields.speakerTitle")}
        value={values.title}
        onChange={(title) => onChange({ ...values, title })}
        errors={errors.title}
      />
    </div>
  );
}
