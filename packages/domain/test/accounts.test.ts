import { describe, expect, it } from "vitest";
import { changePasswordSchema, resetPasswordSchema, summarizeUserAgent } from "../src/index";

describe("summarizeUserAgent", () => {
  it.each([
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
      { browser: "Chrome", system: "Windows" },
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0",
      { browser: "Edge", system: "Windows" },
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1",
      { browser: "Safari", system: "iOS" },
    ],
    [
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
      { browser: "Chrome", system: "Android" },
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:132.0) Gecko/20100101 Firefox/132.0",
      { browser: "Firefox", system: "macOS" },
    ],
    ["curl/8.5.0", { browser: null, system: null }],
    [null, { browser: null, system: null }],
  ])("names the browser and system of %s, or neither when it cannot tell", (userAgent, expected) => {
    expect(summarizeUserAgent(userAgent)).toEqual(expected);
  });
});

describe("account schemas", () => {
  it("refuses a new password equal to the current one, and one shorter than 10 characters", () => {
    const same = changePasswordSchema.safeParse({
      currentPassword: "kyoso-demo-2026",
      newPassword: "kyoso-demo-2026",
    });
    expect(same.success).toBe(false);
    expect(same.error?.issues[0]?.message).toBe("新しいパスワードは現在のものと別にしてください。");
    expect(changePasswordSchema.safeParse({ currentPassword: "x", newPassword: "123456789" }).success).toBe(
      false,
    );
    expect(changePasswordSchema.safeParse({ currentPassword: "x", newPassword: "1234567890" }).success).toBe(
      true,
    );
  });

  it("takes only a 43-character URL-safe token from a reset link", () => {
    const password = "a-long-enough-password";
    expect(resetPasswordSchema.safeParse({ token: "a".repeat(43), password }).success).toBe(true);
    expect(resetPasswordSchema.safeParse({ token: "a".repeat(42), password }).success).toBe(false);
    expect(resetPasswordSchema.safeParse({ token: `${"a".repeat(42)}=`, password }).success).toBe(false);
  });
});
