import { describe, expect, it } from "vitest";
import { assertAgreementTransition, DomainError, isAgreementStalled } from "../src/index";

describe("co-host agreement status", () => {
  it("moves 打診 → 協議中 → 合意 → 正式決定", () => {
    expect(() => assertAgreementTransition("proposed", "negotiating")).not.toThrow();
    expect(() => assertAgreementTransition("negotiating", "agreed")).not.toThrow();
    expect(() => assertAgreementTransition("agreed", "confirmed")).not.toThrow();
  });

  it("never jumps from 打診 straight to 正式決定, and explains why in Japanese", () => {
    expect(() => assertAgreementTransition("proposed", "confirmed")).toThrowError(DomainError);
    expect(() => assertAgreementTransition("proposed", "confirmed")).toThrowError(
      "共催の状況を「打診」から「正式決定」へ変更することはできません。変更できるのは「協議中」、「合意」、「辞退」です。",
    );
  });

  it("allows 辞退 from any open status and reopening a declined talk as 打診", () => {
    for (const from of ["proposed", "negotiating", "agreed", "confirmed"] as const) {
      expect(() => assertAgreementTransition(from, "declined")).not.toThrow();
    }
    expect(() => assertAgreementTransition("declined", "proposed")).not.toThrow();
    expect(() => assertAgreementTransition("declined", "agreed")).toThrow();
  });

  it("counts open talks as stalled once the given number of days has passed, not a day before", () => {
    expect(isAgreementStalled("negotiating", "2026-10-26", "2026-11-25", 30)).toBe(true);
    expect(isAgreementStalled("negotiating", "2026-10-27", "2026-11-25", 30)).toBe(false);
    expect(isAgreementStalled("confirmed", "2026-01-01", "2026-11-25", 30)).toBe(false);
  });
});
