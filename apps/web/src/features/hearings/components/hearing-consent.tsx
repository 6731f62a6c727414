import { HEARING_CONSENTS } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/date-text";
import { FormSelect, FormText, FormTextArea } from "../../../components/form/fields";
import type { RouterOutputs } from "../../../lib/api-types";

type Hearing = NonNullable<RouterOutputs["hearing"]["byId"]>;

/** The interviewee's consent and the purpose they were told, inside the hearing form. */
export function HearingConsentFields() {
  const { t } = useTranslation();
  return (
    <fieldset className="repeat-group">
      <legend>{t("privacy.consent.legend")}</legend>
      <p className="muted">{t("privacy.consent.hint")}</p>
      <FormSelect
        id="hearing-consent"
        name="consent"
        label={t("privacy.consent.field")}
        required
        placeholder={t("form.choose")}
        options={HEARING_CONSENTS.map((c) => ({ value: c, label: t(`privacy.consent.${c}`) }))}
      />
      <div className="field-row">
        <FormText
          id="hearing-consentOn"
          name="consentOn"
          type="date"
          label={t("privacy.consent.consentOn")}
          hint={t("privacy.consent.consentOnHint")}
        />
      </div>
      <FormTextArea
        id="hearing-purposeOfUse"
        name="purposeOfUse"
        label={t("privacy.consent.purposeOfUse")}
        hint={t("privacy.consent.purposeHint")}
      />
    </fieldset>
  );
}

/** The consent as the hearing's page shows it. */
export function HearingConsentSummary({ hearing }: { hearing: Hearing }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="consent-heading" className="section">
      <h2 id="consent-heading">{t("privacy.consent.heading")}</h2>
      {hearing.consent === null ? (
        <p className="muted">{t("privacy.consent.notRecorded")}</p>
      ) : (
        <dl className="facts">
          <div>
            <dt>{t("privacy.consent.status")}</dt>
            <dd>{t(`privacy.consent.${hearing.consent}`)}</dd>
          </div>
          {hearing.consentOn && (
            <div>
              <dt>{t("privacy.consent.on")}</dt>
              <dd>
                <DateText value={hearing.consentOn} />
              </dd>
            </div>
          )}
          {hearing.purposeOfUse && (
            <div>
              <dt>{t("privacy.consent.purpose")}</dt>
              <dd className="pre-line">{hearing.purposeOfUse}</dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
