import { useTranslation } from "react-i18next";

/**
 * The answer page's words, always in Japanese: respondents arrive from a link without an account, the
 * questions are Japanese, and the builder's preview must show the same page whatever the organizer's language.
 */
export function useAnswerText() {
  return useTranslation(undefined, { lng: "ja", keyPrefix: "surveys.answer" }).t;
}
