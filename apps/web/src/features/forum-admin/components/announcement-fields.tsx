import { parseIsoDate } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { TextAreaField, TextField } from "../../../components/fields";
import { useDates } from "../../../i18n/use-dates";
import type { FieldErrors } from "../../../lib/field-errors";
import type { AnnouncementValues } from "../lib/announcement-values";

interface Props {
  idPrefix: string;
  values: AnnouncementValues;
  errors: FieldErrors;
  onChange: (values: AnnouncementValues) => void;
}

/** Date, heading and body of an announcement, as the public page shows them. */
export function AnnouncementFields({ idPrefix, values, errors, onChange }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  // The browser draws the date box in its own locale's order: the day is repeated the Japanese way beside it.
  const dateHint = parseIsoDate(values.announcedOn)
    ? t("forum.announcements.hints.announcedOn", { date: dates.date(values.announcedOn) })
    : undefined;
  return (
    <>
      <TextField
        id={`${idPrefix}-announcedOn`}
        type="date"
        label={t("forum.announcements.fields.announcedOn")}
        hint={dateHint}
        required
        value={values.announcedOn}
        onChange={(announcedOn) => onChange({ ...values, announcedOn })}
        errors={errors.announcedOn}
      />
      <TextField
        id={`${idPrefix}-title`}
        label={t("forum.announcements.fields.title")}
        required
        value={values.title}
        onChange={(title) => onChange({ ...values, title })}
        errors={errors.title}
      />
      <TextAreaField
        id={`${idPrefix}-body`}
        label={t("forum.announcements.fields.body")}
        hint={t("forum.announcements.hints.body")}
        required
        rows={5}
        value={values.body}
        onChange={(body) => onChange({ ...values, body })}
        errors={errors.body}
      />
    </>
  );
}
