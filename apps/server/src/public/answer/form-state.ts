import { randomUUID } from "node:crypto";
import {
  type AnswerValue,
  ORGANIZATION_TYPES,
  type OrganizationType,
  type SurveyQuestion,
} from "@kyoso/domain";

// The answer form as the browser sent it (application/x-www-form-urlencoded), read into the submission the
// domain checks, and back into what the form shows again when something must be corrected.

/** Field names: one per question, plus the form's own fields. */
export const fieldName = (questionId: string) => `q-${questionId}`;
export const KEY_FIELD = "idempotencyKey";
export const CONSENT_FIELD = "textConsent";
export const ORGANIZATION_FIELD = "respondentOrganizationType";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the respondent entered, by question id (as typed: re-shown on errors), and the form's own fields. */
export interface FormState {
  idempotencyKey: string;
  textConsent: boolean;
  organizationType: OrganizationType | null;
  /** The organization type field held something that is not in the list (a tampered form). */
  organizationTypeInvalid: boolean;
  answers: Record<string, AnswerValue>;
}

export const emptyForm = (): FormState => ({
  idempotencyKey: randomUUID(),
  textConsent: false,
  organizationType: null,
  organizationTypeInvalid: false,
  answers: {},
});

type Body = Record<string, unknown>;

const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string")
    : typeof value === "string"
      ? [value]
      : [];

function answerOf(question: SurveyQuestion, raw: unknown): AnswerValue | undefined {
  const values = strings(raw);
  if (values.length === 0) return undefined;
  switch (question.kind) {
    case "multiple":
      return values;
    case "scale": {
      // A second value for one radio group only comes from a tampered form: kept, so the check refuses it.
      if (values.length > 1) return values;
      const [value = ""] = values;
      if (value === "") return undefined;
      return /^\d{1,2}$/.test(value) ? Number(value) : value;
    }
    default:
      if (values.length > 1) return values;
      return values[0] === "" ? undefined : values[0];
  }
}

/**
 * Reads the posted form. Text keeps what was typed (the domain trims it when storing); a missing or malformed
 * idempotency key (a form from elsewhere) gets a fresh one, so such a send is still stored once per retry.
 */
export function readForm(questions: readonly SurveyQuestion[], body: Body): FormState {
  const key = strings(body[KEY_FIELD])[0] ?? "";
  const organization = strings(body[ORGANIZATION_FIELD])[0] ?? "";
  const known = (ORGANIZATION_TYPES as readonly string[]).includes(organization);
  const answers: Record<string, AnswerValue> = {};
  for (const question of questions) {
    const value = answerOf(question, body[fieldName(question.id)]);
    if (value !== undefined) answers[question.id] = value;
  }
  return {
    idempotencyKey: UUID.test(key) ? key.toLowerCase() : randomUUID(),
    textConsent: strings(body[CONSENT_FIELD]).includes("yes"),
    organizationType: known ? (organization as OrganizationType) : null,
    organizationTypeInvalid: organization !== "" && !known,
    answers,
  };
}
