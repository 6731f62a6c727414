import type { IsoDate } from "./dates";
import type { MilestoneStatus } from "./milestones";
import type { Role } from "./permissions";
import type { Stage } from "./stage";

// The home page (「今日やること」): what needs the person today, each item with what its link needs.

/** How far ahead and back the home page looks, counted from Tokyo's today. */
export const HOME_WINDOWS = {
  /** Open tasks due within a week (and every overdue one). */
  taskDays: 7,
  /** Meetings in the next 30 days. */
  meetingDays: 30,
  /** Minutes are expected within 3 days of a meeting; meetings older than 60 days no longer ask. */
  minutesAfterDays: 3,
  minutesWithinDays: 60,
  /** Items per list; the counts beside them are exact. */
  listLimit: 10,
} as const;

export interface HomeRegionRef {
  regionId: string;
  regionSlug: string;
  regionNameJa: string;
  regionNameEn: string;
}

export interface HomeTask extends HomeRegionRef {
  id: string;
  title: string;
  /** Null only for an open task without a due date. */
  dueOn: IsoDate | null;
  status: string;
  /** False for an open task nobody has taken yet (pro bono staff may pick it up). */
  assigned: boolean;
  overdue: boolean;
}

export interface HomeMeeting extends HomeRegionRef {
  id: string;
  title: string;
  kind: string;
  heldOn: IsoDate;
  startTime: string | null;
  place: string | null;
  online: boolean;
  /** A next meeting announced by the meeting `id` (「次回12月17日」「次回11月」), not logged yet. */
  planned?: boolean;
  /** "month" when only the month of a planned meeting is known. */
  precision?: "day" | "month";
}

export interface HomeMilestone extends HomeRegionRef {
  editionId: string;
  editionTitle: string;
  key: string;
  labelJa: string;
  labelEn: string;
  dueOn: IsoDate;
  status: Extract<MilestoneStatus, "due_soon" | "late">;
}

export interface HomeAgreement extends HomeRegionRef {
  id: string;
  organizationName: string;
  status: string;
  nextStep: string | null;
  nextStepOn: IsoDate;
}

export interface HomeSurvey extends HomeRegionRef {
  id: string;
  title: string;
  newAnswers: number;
  responseCount: number;
}

export interface HomeData {
  today: IsoDate;
  role: Role;
  /** The last visit new survey answers are counted from (null on the first visit: the past 7 days). */
  seenAt: string | null;
  /** A partner's home is their forum. */
  partnerForum: { regionSlug: string; editionId: string } | null;
  /** The regions the person works in, first on the page, each with its quick log one tap away. */
  myRegions: { id: string; slug: string; nameJa: string; nameEn: string; canLog: boolean }[];
  tasks: HomeTask[];
  taskCount: number;
  meetings: HomeMeeting[];
  meetingCount: number;
  milestones: HomeMilestone[];
  milestoneCount: number;
  agreements: HomeAgreement[];
  agreementCount: number;
  withoutMinutes: HomeMeeting[];
  withoutMinutesCount: number;
  surveys: HomeSurvey[];
  /** The national team's picture: regions by their current forum's stage and how many have a late step. */
  national: { regionCount: number; byStage: { stage: Stage; n: number }[]; regionsLate: number } | null;
}
