import type { jaMilestones } from "../ja/milestones";

export const enMilestones: typeof jaMilestones = {
  milestones: {
    heading: "Milestones",
    intro: "Preparation steps and their due dates, counted from the forum date.",
    noDate: "Due dates follow once the forum date is set.",
    caption: "Milestones of the current forum",
    column: { step: "Step", due: "Due", status: "Status", actions: "Change" },
    shiftDays: "Shift by days",
    shiftHint: "Positive to move later, negative to move earlier",
    done: "Mark done",
    doneOn: "Done on {{date}}",
    save: "Save",
    saveFor: "Save “{{label}}”",
    saved: "Updated “{{label}}”.",
    failed: "“{{label}}” could not be updated. {{message}}",
    settings: {
      nav: "Milestone settings",
      title: "Milestone template",
      intro:
        "The preparation steps every forum uses. Days count from the forum date; negative means before it.",
      caption: "Milestone template",
      key: "Key",
      labelJa: "Name (Japanese)",
      labelEn: "Name (English)",
      offsetDays: "Days from the forum",
      actions: "Actions",
      save: "Save",
      saved: "Saved “{{label}}”.",
      addHeading: "Add a step",
      keyHint: "Lower-case letters, digits and _ (e.g. press_release).",
      add: "Add",
      added: "Added “{{label}}”.",
      failed: "Could not save",
    },
  },
};
