/** A survey's purpose of use (利用目的) and the respondents' consent before free text: the builder's words. */
export const jaSurveyPurpose = {
  surveyPurpose: {
    label: "回答の利用目的",
    hint: "回答ページの最初に表示されます。空欄にすると標準の文言が表示されます。自由記述の質問があるときは、回答者がこの目的に同意した場合だけ自由記述を受け付けます。",
    previewConsent: "□ 上記の利用目的に同意して、自由記述に回答します（自由記述に書く場合に必要）",
  },
};
