import { z } from "zod";
import type { LimitRule } from "./rate-limits";
import { safeString } from "./text";
import { emailSchema, passwordSchema } from "./users";

const MINUTE = 60_000;

/** A one-time link's token: 256 random bits, URL-safe. */
export const accountTokenSchema = safeString().regex(/^[A-Za-z0-9_-]{43}$/, {
  message: "リンクが正しくありません。メールのリンクをもう一度開いてください。",
});

const currentPassword = safeString().min(1, { message: "現在のパスワードを入力してください。" }).max(200);

export const changePasswordSchema = z
  .object({ currentPassword, newPassword: passwordSchema })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "新しいパスワードは現在のものと別にしてください。",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const changeEmailSchema = z.object({ newEmail: emailSchema, currentPassword });
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z.object({ token: accountTokenSchema, password: passwordSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const confirmEmailChangeSchema = z.object({ token: accountTokenSchema });

/** A session as its owner sees it: a public id derived from the token hash, never the hash itself. */
export const sessionIdSchema = safeString().regex(/^[A-Za-z0-9_-]{22}$/, {
  message: "端末の指定が正しくありません。",
});

export const MAIL_STATUSES = ["pending", "sent", "failed"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
export const mailOutboxListSchema = z.object({ status: z.enum(MAIL_STATUSES).optional() });

/** A self-service reset link works for an hour; one the national team issues, for a day (it is passed on by hand). */
export const PASSWORD_RESET_TTL_MS = 60 * MINUTE;
export const ISSUED_RESET_TTL_MS = 24 * 60 * MINUTE;
/** A confirmation link sent to a new e-mail address. */
export const EMAIL_CHANGE_TTL_MS = 24 * 60 * MINUTE;

/**
 * "Forgot password" requests. Counted by the address as typed (whether or not an account has it) and by
 * client, so the answer never tells whether an address exists: three mails an hour for one address, twenty
 * requests per client in 15 minutes.
 */
export const PASSWORD_RESET_LIMITS = {
  email: { limit: 3, windowMs: 60 * MINUTE },
  client: { limit: 20, windowMs: 15 * MINUTE },
} satisfies Record<string, LimitRule>;

/** Setting a password from a link and checking the current password cost a hash each: bounded per client and per account. */
export const RESET_PASSWORD_LIMIT: LimitRule = { limit: 30, windowMs: 15 * MINUTE };
export const CURRENT_PASSWORD_LIMIT: LimitRule = { limit: 5, windowMs: 15 * MINUTE };

/** "Chrome（Windows）": enough of a User-Agent for a person to tell their devices apart. */
export function summarizeUserAgent(userAgent: string | null): {
  browser: string | null;
  system: string | null;
} {
  if (!userAgent) return { browser: null, system: null };
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /OPR\//.test(userAgent)
      ? "Opera"
      : /Firefox\//.test(userAgent)
        ? "Firefox"
        : /(Chrome|Chromium|CriOS)\//.test(userAgent)
          ? "Chrome"
          : /Safari\//.test(userAgent)
            ? "Safari"
            : null;
  const system = /iPhone|iPad|iPod/.test(userAgent)
    ? "iOS"
    : /Android/.test(userAgent)
      ? "Android"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X|Macintosh/.test(userAgent)
          ? "macOS"
          : /CrOS/.test(userAgent)
            ? "ChromeOS"
            : /Linux/.test(userAgent)
              ? "Linux"
              : null;
  return { browser, system };
}
