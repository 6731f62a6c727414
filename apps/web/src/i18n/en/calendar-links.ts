import type { jaCalendarLinks } from "../ja/calendar-links";

export const enCalendarLinks: typeof jaCalendarLinks = {
  calendarLinks: {
    nav: "Calendar links",
    title: "Calendar links",
    intro:
      "Show Kyoso's dates (meetings, due dates of your tasks, the region's milestones) in Google Calendar or Outlook. Make a private link for your calendar app to subscribe to.",
    warning:
      "Anyone who has this link can see its calendar (meetings and tasks) without signing in. Do not share it or post it anywhere public. If it may have leaked, revoke it at once.",
    createHeading: "Make a new link",
    fields: { label: "Name of the link" },
    hints: { label: "A name that says where you use it (for example: work Google Calendar)." },
    create: "Make the link",
    creating: "Making…",
    created: {
      heading: "The link “{{label}}” is ready",
      once: "This link is shown only now.",
      secret: "Copy it into your calendar app. The same link cannot be shown again later.",
      mine: "Link to your own schedule",
      mineHint: "Meetings of your regions and the due dates of tasks assigned to you.",
      region: "Region",
      regionUrl: "Link to the calendar of {{region}}",
      regionHint: "The region's meetings and the forum's milestones.",
      dismiss: "Close",
    },
    copy: "Copy",
    copyWhich: " ({{label}})",
    copied: "Copied.",
    copyFailed: "Could not copy. Select the link and copy it.",
    listHeading: "Your links",
    empty: "You have no links yet.",
    column: {
      createdAt: "Made",
      lastUsedAt: "Last used",
      revokedAt: "Revoked",
    },
    neverUsed: "Not used yet",
    status: {
      active: "Active",
      revokedShort: "Revoked",
      revoked: "Revoked ({{at}})",
    },
    revoke: "Revoke",
    revokeWhich: " ({{label}})",
    revokeTitle: "Revoke this link?",
    revokeBody:
      "Once “{{label}}” is revoked, calendars subscribed to it show no more dates. This cannot be undone.",
    revoked: "Revoked “{{label}}”.",
    help: {
      heading: "Adding the link to a calendar app",
      google: {
        title: "Google Calendar (in a computer's browser)",
        steps: [
          "Press Copy next to the link made above.",
          "Open Google Calendar and press + next to “Other calendars” on the left.",
          "Choose “From URL” and paste the link.",
          "Press “Add calendar”: it appears in the list on the left.",
        ],
      },
      outlook: {
        title: "Outlook (Outlook.com, new Outlook)",
        steps: [
          "Press Copy next to the link made above.",
          "Open the calendar and press “Add calendar”.",
          "Choose “Subscribe from web” and paste the link.",
          "Name the calendar and press “Import”.",
        ],
      },
      refresh:
        "Calendar apps read a subscribed link again every few hours: changes in Kyoso may take a while to show.",
    },
  },
};
