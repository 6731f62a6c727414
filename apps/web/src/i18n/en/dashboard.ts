import type { jaDashboard } from "../ja/dashboard";

export const enDashboard: typeof jaDashboard = {
  calendar: {
    holiday: "Holiday",
    holidayName: " ({{name}})",
    weekend: "Weekend",
  },
  milestoneStatus: {
    done: "Done",
    on_track: "On track",
    due_soon: "Due soon",
    late: "Late",
    undecided: "Undecided",
  },
  dashboard: {
    tileMap: {
      heading: "Forum map",
      intro: "The 47 prefectures, coloured by the stage of their region's forum. Each tile opens the region.",
      tileLabel: "{{name}}: {{stage}}",
      wordSpace: " ",
      legend: "Legend",
      show: "Show the map",
      scrollLabel: "Map that scrolls sideways",
      scrollHint: "The map is wider than the screen: scroll sideways to see all of it.",
      textAlternative: "The same information is listed by block under “Prefectures” below.",
    },
    matrix: {
      heading: "Milestone progress",
      intro:
        "Preparation steps of each current forum. Dates are due dates; weekends and holidays are marked.",
      caption: "Milestone status by region",
      region: "Region",
      empty: "There are no current forums.",
    },
    dueTasks: {
      heading: "Tasks due this week and overdue",
      empty: "No tasks are due this week.",
      overdue: "Overdue",
    },
    counts: {
      heading: "Forums by stage and fiscal year",
      byStageCaption: "Forums by stage",
      byYearCaption: "Forums by fiscal year and stage",
      stage: "Forum stage",
      count: "Count",
      fiscalYear: "Fiscal year",
      fiscalYearValue: "FY{{year}}",
    },
  },
};
