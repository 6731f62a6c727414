import type { jaTimeline } from "../ja/timeline";

export const enTimeline: typeof jaTimeline = {
  timeline: {
    title: "{{region}}: timeline",
    intro: "The preparation log, newest first.",
    filterLegend: "Filter by kind",
    apply: "Filter",
    clearFilter: "Show all kinds",
    listHeading: "Entries",
    empty: "No entries match.",
    open: "Open: {{title}}",
    public: "Public",
    private: "Private",
    togglePublic: "Make “{{title}}” public",
    publicOn: "public",
    publicOff: "private",
    publicChanged: "“{{title}}” is now {{state}}.",
    toggleFailed: "Could not change whether the entry is public.",
    noteHeading: "Add a note",
    noteFields: {
      occurredOn: "Date",
      title: "Heading",
      body: "Text",
    },
    addNote: "Add note",
    noteAdded: "Note added.",
  },
};
