import type { jaSurveyPurpose } from "../ja/survey-purpose";

/** A survey's purpose of use and the respondents' consent before free text: the builder's words. */
export const enSurveyPurpose: typeof jaSurveyPurpose = {
  surveyPurpose: {
    label: "Purpose of use of the answers",
    hint: "Shown at the top of the answer page. Left empty, the standard text is shown. When the survey has free-text questions, free text is accepted only from respondents who agree to this purpose.",
    previewConsent:
      "□ 上記の利用目的に同意して、自由記述に回答します (the respondent's consent, needed for free text)",
  },
};
