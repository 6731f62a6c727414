import { useTranslation } from "react-i18next";
import { LANGUAGES, toLanguage } from "../i18n/index";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.resolvedLanguage);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("app.language")}</legend>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={current === lng}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {t(`languages.${lng}`)}
        </button>
      ))}
    </fieldset>
  );
}
