import { describe, expect, it } from "vitest";
import {
  asksTextConsent,
  surveySubmissionSchema,
  TEXT_CONSENT_QUESTION,
  TEXT_CONSENT_REQUIRED_QUESTION,
  textConsentProblems,
} from "../src/index";

const questions = [
  { id: "single", kind: "single" as const, required: true },
  { id: "short", kind: "shortText" as const, required: false },
  { id: "long", kind: "longText" as const, required: true },
];

describe("free-text consent", () => {
  it("is asked only by surveys with a free-text question", () => {
    expect(asksTextConsent(questions)).toBe(true);
    expect(asksTextConsent([{ kind: "single" }, { kind: "scale" }])).toBe(false);
  });

  it("is met by a ticked box whatever was written", () => {
    expect(textConsentProblems(questions, { single: "a", short: "x", long: "y" }, true)).toBeNull();
  });

  it("refuses free text without consent, naming each question filled in or required", () => {
    const problems = textConsentProblems(questions, { single: "a", short: "名前" }, false);
    expect(problems?.questions).toEqual({
      short: TEXT_CONSENT_QUESTION,
      long: TEXT_CONSENT_REQUIRED_QUESTION,
    });
    expect(problems?.consent).toMatch(/同意/);
  });

  it("lets choice answers through without consent when no free text is needed", () => {
    const optional = questions.map((q) => ({ ...q, required: false }));
    expect(textConsentProblems(optional, { single: "a", short: "   " }, false)).toBeNull();
  });

  it("defaults to no consent in a submission", () => {
    const parsed = surveySubmissionSchema.parse({
      token: "a".repeat(43),
      idempotencyKey: "7f0c7a52-4a57-4d4b-9d39-7b1c2a9b8e11",
      answers: {},
    });
    expect(parsed.textConsent).toBe(false);
  });
});
