import type { jaShared } from "../ja/shared";

export const enShared: typeof jaShared = {
  tabs: {
    label: "Region pages",
    overview: "Overview",
    forum: "Forum",
    timeline: "Timeline",
    meetings: "Meetings",
    hearings: "Hearings",
    surveys: "Surveys",
    cohosts: "Co-hosts",
    organizations: "Organizations",
  },
  form: {
    requiredNote: "Fields marked * are required.",
    serverErrorTitle: "Could not save",
    networkError: "Could not reach the server. Please try again later.",
    conflictHint: "Load the other person's changes, then enter yours again.",
    reload: "Load the latest version",
    saving: "Saving…",
    choose: "Choose",
    optional: "Optional",
    isPublic: "Make public",
    isPublicHint:
      "Public entries appear on the region's and the forum's public pages and in the Atom feeds, readable by anyone.",
  },
  pager: {
    label: "Pages",
    previous: "Previous page",
    next: "Next page",
    pageOf: "Page {{page}} of {{pages}}",
    count: "{{first}}–{{last}} of {{total}}",
  },
  shortDate: {
    hint: "You can type 10.29, 1/27 or 2026年1月27日.",
    monthHint: "A month alone such as 11月 also works.",
    interpreted: "→ {{date}}",
    invalid: "This is not a date we can read. Type it like 10.29 or 2026年10月29日.",
    dayOnly: "Enter a full date with the day (e.g. 10.29).",
    warningLabel: "Check:",
    warnings: {
      farFromToday: "This date is more than six months from today. Make sure the year is right.",
      outsidePreparation:
        "This date is outside the forum's preparation (a year before it to a month after). Make sure the year is right.",
    },
  },
  csvLines: {
    line: "Line",
    lineNumber: "Line {{line}}",
    name: "Name",
    reasons: "Reasons",
  },
  sort: {
    ascending: "sorted ascending",
    descending: "sorted descending",
  },
  agreementStatus: {
    proposed: "Proposed",
    negotiating: "Negotiating",
    agreed: "Agreed",
    confirmed: "Confirmed",
    declined: "Declined",
  },
  agreementRole: {
    cohost: "Co-host",
    sponsor: "Sponsor",
    cooperation: "Cooperation",
  },
  organizationType: {
    nanbyo_center: "Intractable disease support center",
    municipality: "Local government",
    hello_work: "Hello Work",
    employment_life_support: "Employment and life support center",
    vocational_center: "Regional vocational center",
    medical: "Medical institution",
    company: "Company",
    patient_group: "Patient group",
    university: "University",
    npo: "NPO",
    jeed: "JEED",
    other: "Other",
  },
};
