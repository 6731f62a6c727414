import { NOTIFICATION_LANGUAGES } from "@kyoso/domain";
import { describe, expect, it } from "vitest";
import { type AccountMailKind, accountMail } from "../src/services/account-mail";

const KINDS: AccountMailKind[] = ["password_reset", "email_change", "password_changed"];
const LINK = "https://kyoso.example/reset/abc";
const to = { email: "saitama@kyoso.example", displayName: "埼玉 実行委員" };

describe("account mails", () => {
  it("greet the person, carry the link and the signature, in either language", () => {
    for (const kind of KINDS) {
      for (const language of NOTIFICATION_LANGUAGES) {
        const mail = accountMail(kind, to, LINK, language);
        expect(mail).toMatchObject({ to: to.email, kind });
        expect(mail.text.split("\n\n")[0]).toBe(language === "ja" ? "埼玉 実行委員 様" : "埼玉 実行委員,");
        expect(mail.text).toContain(`\n\n${LINK}\n`);
        expect(mail.text).toContain(
          language === "ja" ? "このメールは送信専用です。" : "does not receive replies",
        );
      }
    }
  });

  it("are written wholly in English for someone who chose English (only the name stays as it is)", () => {
    for (const kind of KINDS) {
      const mail = accountMail(kind, to, LINK, "en");
      expect(`${mail.subject}\n${mail.text.replaceAll(to.displayName, "")}`).not.toMatch(/[\u3000-\u9fff]/);
    }
  });
});
