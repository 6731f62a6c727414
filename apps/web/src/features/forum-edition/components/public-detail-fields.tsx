import { useTranslation } from "react-i18next";
import { FormCheckbox, FormText, FormTextArea } from "../../../components/form/fields";
import { fieldId } from "./edition-fields";
import "../public-details.css";

/**
 * What the public forum page shows beyond the date and venue name: times, address, online participation, 主催,
 * contact and the registration link, then the 開催報告 shown after the forum once published.
 */
export function PublicDetailFields() {
  const { t } = useTranslation();
  const label = (name: string) => t(`publicDetails.fields.${name}` as "publicDetails.fields.startsAt");
  return (
    <>
      <fieldset className="fieldset">
        <legend>{t("publicDetails.legend")}</legend>
        <p className="field-hint">{t("publicDetails.intro")}</p>
        <div className="field-row">
          <FormText id={fieldId("startsAt")} name="startsAt" type="time" label={label("startsAt")} />
          <FormText id={fieldId("endsAt")} name="endsAt" type="time" label={label("endsAt")} />
        </div>
        <FormText
          id={fieldId("venueAddress")}
          name="venueAddress"
          label={label("venueAddress")}
          hint={t("publicDetails.hints.venueAddress")}
        />
        <FormTextArea
          id={fieldId("onlineInfo")}
          name="onlineInfo"
          rows={3}
          label={label("onlineInfo")}
          hint={t("publicDetails.hints.onlineInfo")}
        />
        <FormText id={fieldId("organizerName")} name="organizerName" label={label("organizerName")} />
        <FormText
          id={fieldId("registrationUrl")}
          name="registrationUrl"
          label={label("registrationUrl")}
          hint={t("publicDetails.hints.registrationUrl")}
        />
        <FormText
          id={fieldId("contactOrganization")}
          name="contactOrganization"
          label={label("contactOrganization")}
        />
        <div className="field-row">
          <FormText
            id={fieldId("contactEmail")}
            name="contactEmail"
            type="email"
            label={label("contactEmail")}
          />
          <FormText
            id={fieldId("contactPhone")}
            name="contactPhone"
            type="tel"
            label={label("contactPhone")}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t("publicDetails.reportLegend")}</legend>
        <p className="field-hint">{t("publicDetails.reportIntro")}</p>
        <FormText
          id={fieldId("reportAttendance")}
          name="reportAttendance"
          label={label("reportAttendance")}
        />
        <FormTextArea
          id={fieldId("reportSummary")}
          name="reportSummary"
          rows={6}
          label={label("reportSummary")}
          hint={t("publicDetails.hints.reportSummary")}
        />
        <FormCheckbox
          id={fieldId("reportPublished")}
          name="reportPublished"
          label={label("reportPublished")}
          hint={t("publicDetails.hints.reportPublished")}
        />
      </fieldset>
    </>
  );
}
