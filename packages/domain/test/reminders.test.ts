import { describe, expect, it } from "vitest";
import {
  type Actor,
  assignmentReminder,
  dueReminders,
  type ReminderFacts,
  type ReminderRegion,
} from "../src/index";

const SAITAMA = "00000000-0000-4000-8000-000000000001";
const TOKYO = "00000000-0000-4000-8000-000000000002";
const EDITION = "00000000-0000-4000-8000-0000000000e1";

const committee: Actor = {
  id: "u-committee",
  role: "committee",
  regionIds: [SAITAMA],
  partnerEditionId: null,
  partnerRegionId: null,
};
const probono: Actor = { ...committee, id: "u-probono", role: "probono" };
const otherRegion: Actor = { ...committee, id: "u-tokyo", regionIds: [TOKYO] };
const national: Actor = { ...committee, id: "u-national", role: "national", regionIds: [] };
const partner: Actor = {
  id: "u-partner",
  role: "partner",
  regionIds: [],
  partnerEditionId: EDITION,
  partnerRegionId: SAITAMA,
};

const regions = new Map<string, ReminderRegion>([
  [SAITAMA, { slug: "saitama", nameJa: "埼玉県", nameEn: "Saitama" }],
  [TOKYO, { slug: "shutoken", nameJa: "首都圏", nameEn: "Tokyo area" }],
]);

const today = "2026-12-02";
const facts = (over: Partial<ReminderFacts>): ReminderFacts => ({
  today,
  people: [committee, probono, otherRegion, national, partner],
  regions,
  tasks: [],
  meetings: [],
  milestones: [],
  agreements: [],
  surveyAnswers: [],
  ...over,
});

const task = (dueOn: string) => ({
  id: "t1",
  title: "会場の下見",
  regionId: SAITAMA,
  assigneeId: "u-probono",
  dueOn,
});
const meeting = (heldOn: string, hasMinutes = false) => ({
  id: "m1",
  title: "第3回実行委員会",
  regionId: SAITAMA,
  heldOn,
  startTime: "14:00",
  place: "さいたま市民会館",
  online: true,
  hasMinutes,
});
const keys = (f: ReminderFacts) => dueReminders(f).map((r) => `${r.userId} ${r.dedupeKey}`);

describe("task reminders (today 2026-12-02 in Tokyo)", () => {
  it("remind the assignee of a task due tomorrow and due today, not one due the day after tomorrow", () => {
    expect(keys(facts({ tasks: [task("2026-12-03")] }))).toEqual(["u-probono task_due:t1:2026-12-03"]);
    expect(keys(facts({ tasks: [task("2026-12-02")] }))).toEqual(["u-probono task_due:t1:2026-12-02"]);
    expect(keys(facts({ tasks: [task("2026-12-04")] }))).toEqual([]);
  });

  it("remind of an overdue task once in its first week and again in each following week", () => {
    // Due 12-01: day 1 overdue. Due 11-25: day 7, still the first week. Due 11-24: day 8, the second week.
    expect(keys(facts({ tasks: [task("2026-12-01")] }))).toEqual(["u-probono task_overdue:t1:2026-12-02"]);
    expect(keys(facts({ tasks: [task("2026-11-25")] }))).toEqual(["u-probono task_overdue:t1:2026-11-26"]);
    expect(keys(facts({ tasks: [task("2026-11-24")] }))).toEqual(["u-probono task_overdue:t1:2026-12-02"]);
  });

  it("remind no one of a task whose assignee is not among the people (disabled)", () => {
    expect(keys(facts({ tasks: [{ ...task("2026-12-03"), assigneeId: "u-gone" }] }))).toEqual([]);
  });
});

describe("meeting reminders", () => {
  it("announce a meeting 3 days ahead (not 4) to the committee members of its region only", () => {
    expect(keys(facts({ meetings: [meeting("2026-12-05")] }))).toEqual([
      "u-committee meeting_soon:m1:2026-12-05",
    ]);
    expect(keys(facts({ meetings: [meeting("2026-12-06")] }))).toEqual([]);
  });

  it("announce it again on its day, under another key", () => {
    expect(keys(facts({ meetings: [meeting("2026-12-02")] }))).toEqual([
      "u-committee meeting_today:m1:2026-12-02",
    ]);
  });

  it("ask for minutes from the 3rd day after the meeting (not the 2nd), and not once they exist", () => {
    expect(keys(facts({ meetings: [meeting("2026-11-29")] }))).toEqual([
      "u-committee minutes_missing:m1:2026-11-29",
    ]);
    expect(keys(facts({ meetings: [meeting("2026-11-30")] }))).toEqual([]);
    expect(keys(facts({ meetings: [meeting("2026-11-29", true)] }))).toEqual([]);
  });

  it("stop asking for minutes of meetings more than 30 days back", () => {
    expect(keys(facts({ meetings: [meeting("2026-11-02")] }))).toHaveLength(1);
    expect(keys(facts({ meetings: [meeting("2026-11-01")] }))).toEqual([]);
  });

  it("carry the date, time, place and the meeting's link", () => {
    const [reminder] = dueReminders(facts({ meetings: [meeting("2026-12-05")] }));
    expect(reminder?.payload).toMatchObject({
      date: "2026-12-05",
      startTime: "14:00",
      place: "さいたま市民会館",
      online: true,
      path: "/regions/saitama/meetings/m1",
    });
  });
});

describe("milestone reminders", () => {
  const milestone = (dueOn: string) => ({
    editionId: EDITION,
    key: "venue",
    labelJa: "会場確保",
    labelEn: "Venue booked",
    regionId: SAITAMA,
    dueOn,
  });

  it("announce a milestone due within 7 days (not 8) to the region's members and the edition's partner", () => {
    expect(keys(facts({ milestones: [milestone("2026-12-09")] }))).toEqual([
      `u-committee milestone_due_soon:${EDITION}:venue:2026-12-09`,
      `u-probono milestone_due_soon:${EDITION}:venue:2026-12-09`,
      `u-partner milestone_due_soon:${EDITION}:venue:2026-12-09`,
    ]);
    expect(keys(facts({ milestones: [milestone("2026-12-10")] }))).toEqual([]);
  });

  it("report it late from the day after its due date", () => {
    expect(dueReminders(facts({ milestones: [milestone("2026-12-01")] }))[0]?.kind).toBe("milestone_late");
    expect(dueReminders(facts({ milestones: [milestone("2026-12-02")] }))[0]?.kind).toBe(
      "milestone_due_soon",
    );
  });
});

describe("co-host and survey reminders", () => {
  it("report a co-host talk whose next step was yesterday, not one whose next step is today", () => {
    const agreement = (nextStepOn: string) => ({
      id: "a1",
      organizationName: "難病相談支援センター",
      regionId: SAITAMA,
      nextStepOn,
    });
    expect(keys(facts({ agreements: [agreement("2026-12-01")] }))).toEqual([
      "u-committee cohost_next_step:a1:2026-12-01",
    ]);
    expect(keys(facts({ agreements: [agreement("2026-12-02")] }))).toEqual([]);
  });

  it("count a day's survey answers once the day is over, and say nothing of a day without answers", () => {
    const answers = (day: string, count: number) => ({
      surveyId: "s1",
      title: "参加者アンケート",
      regionId: SAITAMA,
      day,
      count,
    });
    const [reminder] = dueReminders(facts({ surveyAnswers: [answers("2026-12-01", 12)] }));
    expect(reminder).toMatchObject({
      userId: "u-committee",
      dedupeKey: "survey_answers:s1:2026-12-01",
      payload: { count: 12, path: "/regions/saitama/surveys/s1/results" },
    });
    expect(keys(facts({ surveyAnswers: [answers("2026-12-02", 3)] }))).toEqual([]);
    expect(keys(facts({ surveyAnswers: [answers("2026-12-01", 0)] }))).toEqual([]);
  });
});

describe("the assignment reminder", () => {
  const region = { slug: "saitama", nameJa: "埼玉県", nameEn: "Saitama" };
  it("goes to the new assignee, keyed by the task and the day", () => {
    expect(
      assignmentReminder({ id: "t1", title: "x", dueOn: null }, region, "u-probono", "u-committee", today),
    ).toMatchObject({
      userId: "u-probono",
      dedupeKey: "task_assigned:t1:2026-12-02",
      payload: { date: null, path: "/tasks/t1" },
    });
  });

  it("is not sent to someone who assigns the task to themselves", () => {
    expect(
      assignmentReminder({ id: "t1", title: "x", dueOn: null }, region, "u-probono", "u-probono", today),
    ).toBeNull();
  });
});
