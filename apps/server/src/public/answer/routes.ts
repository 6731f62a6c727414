import {
  type Context,
  checkSubmission,
  createContextInner,
  type SubmitResult,
  submitSurveyResponse,
} from "@kyoso/api";
import { type DatabaseHandle, findPublicSurvey, type PublicSurvey } from "@kyoso/db";
import { isDomainError, surveyAvailability, surveySubmissionSchema, todayInTokyo } from "@kyoso/domain";
import express, { type Request, type Response, Router } from "express";
import { isCrossSite } from "../../security";
import { answerPath } from "../routes";
import { emptyForm, type FormState, readForm } from "./form-state";
import {
  type FormErrors,
  noErrors,
  renderAnswerForm,
  renderAnswerNotFound,
  renderRefused,
  renderThanks,
  renderUnavailable,
} from "./page";
import { ANSWER_SCRIPT, ANSWER_SCRIPT_PATH } from "./script";

/** A survey's public token: 32 random bytes in base64url (the submission schema's pattern). */
const SURVEY_TOKEN = /^[A-Za-z0-9_-]{22,64}$/;

/**
 * Room for every question of the largest survey in percent-encoded Japanese (60 long answers of 4,000
 * characters at 9 bytes each); past it the final error handler answers 413.
 */
const formBody = express.urlencoded({ extended: false, limit: "3mb", parameterLimit: 5000 });

function send(res: Response, status: number, page: string): void {
  res
    .status(status)
    .type("html")
    // A form carries its own idempotency key and the link is a secret: neither kept nor indexed. The referrer
    // (the secret link) stays on our own site; helmet's no-referrer would make the browser send "Origin: null"
    // with the form, which the cross-site check cannot tell from another site's.
    .set({ "Cache-Control": "no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "same-origin" })
    .send(page);
}

/** A link that leads nowhere (unknown, a draft's or a deleted survey's): said the same way whatever the reason. */
async function findShown(database: DatabaseHandle, token: string): Promise<PublicSurvey | null> {
  if (!SURVEY_TOKEN.test(token)) return null;
  const survey = await findPublicSurvey(database.db, token);
  return survey && survey.status !== "draft" ? survey : null;
}

/** Closed: 410 Gone (it will not take answers again unless reopened); not yet open: 200 with the opening day. */
function unavailable(res: Response, survey: PublicSurvey, reason: string, message: string): void {
  send(res, reason === "closed" ? 410 : 200, renderUnavailable(survey, message));
}

/**
 * The public answer page at /answer/<token>, rendered on the server: GET shows the form, POST (a plain HTML
 * form, no script needed) checks it with the domain's rules and stores it through the same service as the tRPC
 * `publicSurvey.submit` — same limits, same idempotency key (a hidden field, new on every render) — then thanks,
 * or shows the form again with what was entered and each problem beside its question.
 */
export function answerRoutes(
  database: DatabaseHandle,
  publicUrl: string,
  now: () => Date = () => new Date(),
) {
  const router = Router();
  const publicOrigin = new URL(publicUrl).origin;
  const parts = (token: string) => ({ action: answerPath(token), scriptSrc: ANSWER_SCRIPT_PATH });
  const context = (req: Request): Context =>
    createContextInner({
      db: database.db,
      engine: database.engine,
      clientAddress: req.ip ?? null,
      userAgent: req.get("user-agent") ?? null,
      publicUrl,
      now,
    });

  router.get(ANSWER_SCRIPT_PATH, (_req, res) => {
    res
      .type("text/javascript; charset=utf-8")
      .set("Cache-Control", "public, max-age=31536000, immutable")
      .send(ANSWER_SCRIPT);
  });

  router.get("/answer/:token", async (req, res) => {
    const survey = await findShown(database, req.params.token);
    if (!survey) return send(res, 404, renderAnswerNotFound());
    const availability = surveyAvailability(survey, todayInTokyo(now()));
    if (!availability.open) return unavailable(res, survey, availability.reason, availability.message);
    send(res, 200, renderAnswerForm(survey, emptyForm(), noErrors(), parts(req.params.token)));
  });

  router.post("/answer/:token", formBody, async (req, res) => {
    if (isCrossSite(req, publicOrigin)) return send(res, 403, renderRefused());
    const { token } = req.params;
    const survey = await findShown(database, token);
    if (!survey) return send(res, 404, renderAnswerNotFound());
    const availability = surveyAvailability(survey, todayInTokyo(now()));
    if (!availability.open) return unavailable(res, survey, availability.reason, availability.message);

    const body = (req.body ?? {}) as Record<string, unknown>;
    const state = readForm(survey.questions, body);
    const again = (status: number, errors: FormErrors) =>
      send(res, status, renderAnswerForm(survey, state, errors, parts(token)));

    // Checked here first, so a form sent back for corrections does not count against the link's limits.
    const checked = checkSubmission(survey.questions, state);
    if (!checked.ok || state.organizationTypeInvalid) {
      return again(422, {
        questions: checked.ok ? {} : checked.errors,
        ...(checked.ok || !checked.consent ? {} : { consent: checked.consent }),
        ...(state.organizationTypeInvalid ? { organizationType: "一覧の中から選んでください。" } : {}),
        general: [],
      });
    }
    const input = surveySubmissionSchema.safeParse(submission(token, state));
    if (!input.success)
      return again(422, { ...noErrors(), general: ["送信された内容を読み取れませんでした。"] });

    let receipt: SubmitResult;
    try {
      receipt = await submitSurveyResponse(context(req), input.data);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      switch (error.code) {
        case "RATE_LIMITED":
          return again(429, { ...noErrors(), general: [error.message] });
        case "VALIDATION":
          // The survey changed between the page's check and the save: its questions as they are now.
          return again(422, serverErrors(survey, error.fieldErrors ?? {}, error.message));
        case "INVALID_TRANSITION":
          return unavailable(res, survey, "closed", error.message);
        case "NOT_FOUND":
          return send(res, 404, renderAnswerNotFound());
        default:
          throw error;
      }
    }
    send(res, 200, renderThanks(survey, receipt));
  });

  return router;
}

const submission = (token: string, state: FormState) => ({
  token,
  idempotencyKey: state.idempotencyKey,
  respondentOrganizationType: state.organizationType,
  textConsent: state.textConsent,
  answers: state.answers,
});

/** The service's per-field messages, beside their questions; any other (a question not on this page) on top. */
function serverErrors(
  survey: PublicSurvey,
  fieldErrors: Record<string, string[]>,
  message: string,
): FormErrors {
  const errors = noErrors();
  const shown = new Set(survey.questions.map((q) => q.id));
  for (const [key, [first]] of Object.entries(fieldErrors)) {
    if (first === undefined) continue;
    const questionId = key.startsWith("answers.") ? key.slice("answers.".length) : null;
    if (key === "textConsent") errors.consent = first;
    else if (questionId !== null && shown.has(questionId)) errors.questions[questionId] = first;
    else if (!errors.general.includes(first)) errors.general.push(first);
  }
  if (Object.keys(errors.questions).length === 0 && !errors.consent && errors.general.length === 0)
    errors.general.push(message);
  return errors;
}
