import type { jaHome } from "../ja/home";

export const enHome: typeof jaHome = {
  home: {
    title: "Today",
    intro: "What needs you as of {{date}}. Each item opens the screen where it is done.",
    nav: "Home",
    myRegionNav: "My region",
    myRegionNavNamed: "My region: {{name}}",
    myRegions: {
      heading: "My regions",
      open: "Region page",
      quickLog: "Quick log",
      quickLogFor: "Quick log for {{name}}",
      tasks: "Tasks",
      tasksFor: "Tasks of {{name}}",
    },
    national: {
      heading: "National picture",
      regions: "Regions with a forum: {{count}} (by the stage of their current forum)",
      late: "Regions with a late milestone: {{count}}",
      byStageCaption: "Regions by stage",
      open: "Open the national overview",
    },
    tasks: {
      heading: "Tasks due soon or overdue",
      headingProbono: "My tasks and tasks to pick up",
      empty: "No task is due within a week.",
      overdue: "Overdue",
      open: "Unassigned",
      noDue: "No due date",
      more: "{{count}} more",
      all: "Open the task list",
    },
    meetings: {
      heading: "Next meetings",
      empty: "No meeting is planned in the next 30 days.",
      online: "Online",
      placeUnknown: "Place not decided",
      planned: "Planned at the last meeting",
    },
    milestones: {
      heading: "Milestones due soon or late",
      empty: "No milestone is due soon or late.",
    },
    agreements: {
      heading: "Co-host talks past their next step",
      empty: "No co-host talk is past its next step.",
      nextStepOn: "Next step: {{date}}",
    },
    minutes: {
      heading: "Meetings without minutes (3+ days ago)",
      empty: "No meeting is waiting for minutes.",
    },
    surveys: {
      heading: "Survey answers since your last visit",
      empty: "No new answers since your last visit.",
      sinceFirst: "New answers are those of the past week.",
      since: "Answers received since {{at}}.",
      newAnswers: "{{count}} new answers ({{total}} in all)",
    },
    more: "{{count}} more.",
    partnerRedirect: "Opening your forum…",
  },
};
