import type { jaSurveyPurpose } from "../ja/survey-purpose";

/** A survey's purpose of use and the respondents' consent before free text: the builder's words. */
export const enSurveyPurpose: typeof jaSurveyPurpose = {
  surveyPurpose: {
    label: "Purpose of use of the answers",
    hint: "Shown at the top of the answer page. Left empty, the standard text is shown. When the survey has free-text questions, free text is accepted only from respondents who agree to this purpose.",
    previewConsent:
      "□ “I agree to the purpose of use above and answer the free-text questions” (the respondent's consent, needed for free text)",
  },
};
