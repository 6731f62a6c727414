import { type DB, findNotificationSettings } from "@kyoso/db";
import { DEFAULT_NOTIFICATION_SETTINGS, type NotificationLanguage } from "@kyoso/domain";
import type { MailMessage } from "./mail";

// The account messages, in the language the person chose for their notifications (Japanese unless they chose
// English). Each says what happened, carries the absolute link (built from PUBLIC_URL) and how long it works,
// and what to do if the reader did not ask for it.

export type AccountMailKind = "password_reset" | "email_change" | "password_changed";

interface Wording {
  subject: string;
  /** What happened and what to do, above the link. */
  before: string;
  /** Below the link, if anything: what to do if the reader did not ask for it. */
  after?: string;
}

const GREETING: Record<NotificationLanguage, (name: string) => string> = {
  ja: (name) => `${name} 様`,
  en: (name) => `${name},`,
};

const SIGNATURE: Record<NotificationLanguage, string> = {
  ja: "--\nKyoso 共創（難病・慢性疾患就労支援ネットワークフォーラム 準備ダッシュボード）\nこのメールは送信専用です。",
  en: "--\nKyoso (forum preparation dashboard)\nThis address does not receive replies.",
};

const WORDING: Record<AccountMailKind, Record<NotificationLanguage, Wording>> = {
  password_reset: {
    ja: {
      subject: "【Kyoso】パスワードの再設定",
      before:
        "Kyoso のパスワード再設定のご依頼を受け付けました。1時間以内に次のリンクを開き、新しいパスワードを設定してください（リンクは1回限り有効です）。",
      after: "お心当たりがない場合は、このメールを破棄してください。パスワードは変わりません。",
    },
    en: {
      subject: "[Kyoso] Reset your password",
      before:
        "We received a request to reset your Kyoso password. Open this link within one hour to choose a new password (it works once):",
      after: "If you did not ask for this, ignore this message: your password stays as it is.",
    },
  },
  email_change: {
    ja: {
      subject: "【Kyoso】メールアドレス変更の確認",
      before:
        "Kyoso のサインイン用メールアドレスをこのアドレスに変更するには、24時間以内に次のリンクを開いてください。",
      after: "お心当たりがない場合は、このメールを破棄してください。",
    },
    en: {
      subject: "[Kyoso] Confirm your new e-mail address",
      before: "To make this address your Kyoso sign-in address, open this link within 24 hours:",
      after: "If you did not ask for this, ignore this message.",
    },
  },
  password_changed: {
    ja: {
      subject: "【Kyoso】パスワードが変更されました",
      before:
        "Kyoso のパスワードが変更され、ほかの端末からはサインアウトしました。お心当たりがない場合は、すぐに次のページからパスワードを再設定してください。",
    },
    en: {
      subject: "[Kyoso] Your password was changed",
      before:
        "Your Kyoso password was changed, and your other devices were signed out. If this was not you, reset your password at once:",
    },
  },
};

/**
 * One account message: greeting, what happened, the link, what to do if unasked, signature, in `language`.
 * `to` is where it goes (the new address, for an e-mail change).
 */
export function accountMail(
  kind: AccountMailKind,
  to: { email: string; displayName: string },
  link: string,
  language: NotificationLanguage,
): MailMessage {
  const wording = WORDING[kind][language];
  const paragraphs = [GREETING[language](to.displayName), wording.before, link, wording.after];
  return {
    to: to.email,
    subject: wording.subject,
    text: `${paragraphs.filter(Boolean).join("\n\n")}\n\n${SIGNATURE[language]}`,
    kind,
  };
}

/** The language a person's mail is written in: the one chosen in their notification settings, else Japanese. */
export async function mailLanguageOf(db: DB, userId: string): Promise<NotificationLanguage> {
  const saved = (await findNotificationSettings(db, [userId])).get(userId);
  return saved?.language ?? DEFAULT_NOTIFICATION_SETTINGS.language;
}
