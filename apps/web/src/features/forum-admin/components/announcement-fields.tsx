import { parseIsoDate } from "@kyoso/domain";
import { useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { FormText, FormTextArea } from "../../../components/form/fields";
import { useDates } from "../../../i18n/use-dates";

/** Date, heading and body of an announcement, as the public page shows them (inside a SchemaForm). */
export function AnnouncementFields({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const announcedOn = useWatch({ name: "announcedOn" }) as string;
  // The browser draws the date box in its own locale's order: the day is repeated the Japanese way beside it.
  const dateHint = parseIsoDate(announcedOn)
    ? t("forum.announcements.hints.announcedOn", { date: dates.date(announcedOn) })
    : undefined;
  return (
    <>
      <FormText
        id={`${idPrefix}-announcedOn`}
        name="announcedOn"
        type="date"
        label={t("forum.announcements.fields.announcedOn")}
        hint={dateHint}
        required
      />
      <FormText
        id={`${idPrefix}-title`}
        name="title"
        label={t("forum.announcements.fields.title")}
        required
      />
      <FormTextArea
        id={`${idPrefix}-body`}
        name="body"
        label={t("forum.announcements.fields.body")}
        hint={t("forum.announcements.hints.body")}
        required
        rows={5}
      />
    </>
  );
}
