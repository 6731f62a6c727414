import type { jaGeneratedTimeline } from "../ja/generated-timeline";

export const enGeneratedTimeline: typeof jaGeneratedTimeline = {
  generatedTimeline: {
    opened: "Survey “{{survey}}” opened",
    openedBody: "Open for answers from {{from}} to {{to}}",
    responses: "Survey “{{survey}}” reached {{count}} answers",
    closed: "Survey “{{survey}}” closed",
    closedBody: "Answers: {{count}}",
    reopened: "Survey “{{survey}}” reopened",
    reopenedBody: "New closing date: {{date}}",
  },
};
