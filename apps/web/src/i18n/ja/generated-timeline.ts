/** The timeline entries a survey writes by itself, said from their parts (see the domain's survey-timeline). */
export const jaGeneratedTimeline = {
  generatedTimeline: {
    opened: "アンケート「{{survey}}」回答受付開始",
    openedBody: "回答受付期間: {{from}} 〜 {{to}}",
    responses: "アンケート「{{survey}}」の回答が{{count}}件になりました",
    closed: "アンケート「{{survey}}」回答締切",
    closedBody: "回答数: {{count}}件",
    reopened: "アンケート「{{survey}}」回答受付再開",
    reopenedBody: "新しい締切日: {{date}}",
  },
};
