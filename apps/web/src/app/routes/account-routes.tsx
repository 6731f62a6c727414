import { useParams } from "@tanstack/react-router";
import { AccountPage } from "../../features/account/components/account-page";
import { ConfirmEmailPage } from "../../features/account/components/confirm-email-page";
import { ForgotPasswordPage } from "../../features/auth/components/forgot-password-page";
import { ResetPasswordPage } from "../../features/auth/components/reset-password-page";
import { CalendarLinksPage } from "../../features/calendar-links/components/calendar-links-page";
import { MailOutboxPage } from "../../features/mail-outbox/components/mail-outbox-page";

export function CalendarLinksRoute() {
  return <CalendarLinksPage />;
}

export function AccountRoute() {
  return <AccountPage />;
}

export function MailOutboxRoute() {
  return <MailOutboxPage />;
}

export function ForgotPasswordRoute() {
  return <ForgotPasswordPage />;
}

export function ResetPasswordRoute() {
  const { token } = useParams({ from: "/reset/$token" });
  return <ResetPasswordPage token={token} />;
}

export function ConfirmEmailRoute() {
  const { token } = useParams({ from: "/account/email/$token" });
  return <ConfirmEmailPage token={token} />;
}
