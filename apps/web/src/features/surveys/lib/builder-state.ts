import {
  addDays,
  DEFAULT_SURVEY_PURPOSE_JA,
  isChoiceKind,
  type QuestionKind,
  type SurveyQuestion,
} from "@kyoso/domain";

// The builder's form values (react-hook-form holds them). Saved questions and options keep their server ids, so
// answers stay linked to them when labels change; new ones have none until the server gives them one on save.

export interface DraftOption {
  /** Stable within this page: React key and the base of element ids. */
  key: string;
  id?: string | undefined;
  label: string;
}

export interface DraftQuestion {
  key: string;
  id?: string | undefined;
  kind: QuestionKind;
  label: string;
  help: string;
  required: boolean;
  /** Kept when switching to a non-choice kind and back, but only sent for choice kinds. */
  options: DraftOption[];
  scaleMinLabel: string;
  scaleMaxLabel: string;
}

export interface SurveyDraft {
  title: string;
  introduction: string;
  /** What the answers are used for, shown first on the answer page; empty: the standard text. */
  purposeOfUse: string;
  opensOn: string;
  closesOn: string;
  asksOrganizationType: boolean;
  questions: DraftQuestion[];
}

/** The default answering period: from today, for 30 days. */
export const DEFAULT_PERIOD_DAYS = 30;

let counter = 0;
/** A key no saved item can have: saved items are keyed `s-<id>`. */
export const newKey = (): string => `n-${++counter}`;

export function emptyDraft(today: string): SurveyDraft {
  return {
    title: "",
    introduction: "",
    // A new survey starts from the standard purpose, for the organizers to adjust.
    purposeOfUse: DEFAULT_SURVEY_PURPOSE_JA,
    opensOn: today,
    closesOn: addDays(today, DEFAULT_PERIOD_DAYS),
    asksOrganizationType: true,
    questions: [],
  };
}

interface SavedSurvey {
  title: string;
  introduction: string | null;
  purposeOfUse: string | null;
  opensOn: string;
  closesOn: string;
  asksOrganizationType: boolean;
  questions: SurveyQuestion[];
}

export function draftOf(survey: SavedSurvey): SurveyDraft {
  return {
    title: survey.title,
    introduction: survey.introduction ?? "",
    purposeOfUse: survey.purposeOfUse ?? DEFAULT_SURVEY_PURPOSE_JA,
    opensOn: survey.opensOn,
    closesOn: survey.closesOn,
    asksOrganizationType: survey.asksOrganizationType,
    questions: survey.questions.map((q) => ({
      key: `s-${q.id}`,
      id: q.id,
      kind: q.kind,
      label: q.label,
      help: q.help ?? "",
      required: q.required,
      options: q.options.map((o) => ({ key: `s-${o.id}`, id: o.id, label: o.label })),
      scaleMinLabel: q.scaleMinLabel ?? "",
      scaleMaxLabel: q.scaleMaxLabel ?? "",
    })),
  };
}

export const emptyOption = (): DraftOption => ({ key: newKey(), label: "" });

export function newQuestion(kind: QuestionKind): DraftQuestion {
  return {
    key: newKey(),
    kind,
    label: "",
    help: "",
    required: false,
    options: isChoiceKind(kind) ? [emptyOption(), emptyOption()] : [],
    scaleMinLabel: "",
    scaleMaxLabel: "",
  };
}

/** A choice question needs at least two options to fill in; other kinds keep what they had. */
export function withKind(q: DraftQuestion, kind: QuestionKind): DraftQuestion {
  const options =
    isChoiceKind(kind) && q.options.length < 2
      ? [...q.options, ...Array.from({ length: 2 - q.options.length }, emptyOption)]
      : q.options;
  return { ...q, kind, options };
}

const orNull = (text: string) => (text.trim() === "" ? null : text);

/** The fields survey.create and survey.update share, in the API's shape (ids only for saved items). */
export function surveyFields(draft: SurveyDraft) {
  return {
    title: draft.title,
    introduction: orNull(draft.introduction),
    purposeOfUse: orNull(draft.purposeOfUse),
    opensOn: draft.opensOn,
    closesOn: draft.closesOn,
    asksOrganizationType: draft.asksOrganizationType,
    questions: draft.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      label: q.label,
      help: orNull(q.help),
      required: q.required,
      options: isChoiceKind(q.kind) ? q.options.map((o) => ({ id: o.id, label: o.label })) : [],
      scaleMinLabel: q.kind === "scale" ? orNull(q.scaleMinLabel) : null,
      scaleMaxLabel: q.kind === "scale" ? orNull(q.scaleMaxLabel) : null,
    })),
  };
}
