import type { MailMessage } from "./mail";

// The account messages, in Japanese (English for someone who chose English, once a language preference is
// kept; until then everyone gets Japanese). Each says what happened, carries the absolute link (built from
// PUBLIC_URL) and how long it works, and what to do if the reader did not ask for it.

export type MailLocale = "ja" | "en";

const SIGNATURE = {
  ja: "\n--\nKyoso 共創（難病・慢性疾患就労支援ネットワークフォーラム 準備ダッシュボード）\nこのメールは送信専用です。",
  en: "\n--\nKyoso (forum preparation dashboard)\nThis address does not receive replies.",
};

export function passwordResetMail(
  to: { email: string; displayName: string },
  link: string,
  locale: MailLocale = "ja",
): MailMessage {
  const text =
    locale === "en"
      ? `${to.displayName},\n\nWe received a request to reset your Kyoso password. Open this link within one hour to choose a new password (it works once):\n\n${link}\n\nIf you did not ask for this, ignore this message: your password stays as it is.\n${SIGNATURE.en}`
      : `${to.displayName} 様\n\nKyoso のパスワード再設定のご依頼を受け付けました。1時間以内に次のリンクを開き、新しいパスワードを設定してください（リンクは1回限り有効です）。\n\n${link}\n\nお心当たりがない場合は、このメールを破棄してください。パスワードは変わりません。\n${SIGNATURE.ja}`;
  return {
    to: to.email,
    subject: locale === "en" ? "[Kyoso] Reset your password" : "【Kyoso】パスワードの再設定",
    text,
    kind: "password_reset",
  };
}

export function emailChangeMail(
  to: { newEmail: string; displayName: string },
  link: string,
  locale: MailLocale = "ja",
): MailMessage {
  const text =
    locale === "en"
      ? `${to.displayName},\n\nTo make this address your Kyoso sign-in address, open this link within 24 hours:\n\n${link}\n\nIf you did not ask for this, ignore this message.\n${SIGNATURE.en}`
      : `${to.displayName} 様\n\nKyoso のサインイン用メールアドレスをこのアドレスに変更するには、24時間以内に次のリンクを開いてください。\n\n${link}\n\nお心当たりがない場合は、このメールを破棄してください。\n${SIGNATURE.ja}`;
  return {
    to: to.newEmail,
    subject:
      locale === "en" ? "[Kyoso] Confirm your new e-mail address" : "【Kyoso】メールアドレス変更の確認",
    text,
    kind: "email_change",
  };
}

export function passwordChangedMail(
  to: { email: string; displayName: string },
  link: string,
  locale: MailLocale = "ja",
): MailMessage {
  const text =
    locale === "en"
      ? `${to.displayName},\n\nYour Kyoso password was changed, and your other devices were signed out. If this was not you, reset your password at once:\n\n${link}\n${SIGNATURE.en}`
      : `${to.displayName} 様\n\nKyoso のパスワードが変更され、ほかの端末からはサインアウトしました。お心当たりがない場合は、すぐに次のページからパスワードを再設定してください。\n\n${link}\n${SIGNATURE.ja}`;
  return {
    to: to.email,
    subject: locale === "en" ? "[Kyoso] Your password was changed" : "【Kyoso】パスワードが変更されました",
    text,
    kind: "password_changed",
  };
}
