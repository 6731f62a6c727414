import { useTranslation } from "react-i18next";
import { PageHeading } from "../../../components/page-heading";
import { useMe } from "../../../lib/use-me";
import { ChangeEmailForm } from "./change-email-form";
import { ChangePasswordForm } from "./change-password-form";
import { SessionsList } from "./sessions-list";

/** アカウント設定: my password, my e-mail address, and the devices signed in as me. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeading title={t("account.title")} />
      <p className="lead">{t("account.intro")}</p>
      <section aria-labelledby="password-heading" className="section">
        <h2 id="password-heading">{t("account.password.heading")}</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="email-heading" className="section">
        <h2 id="email-heading">{t("account.email.heading")}</h2>
        <ChangeEmailForm currentEmail={me?.email ?? ""} />
      </section>
      <section aria-labelledby="sessions-heading" className="section">
        <h2 id="sessions-heading">{t("account.sessions.heading")}</h2>
        <p>{t("account.sessions.intro")}</p>
        <SessionsList />
      </section>
    </>
  );
}
