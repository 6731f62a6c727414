import { describe, expect, it } from "vitest";
import { dayInfoIn } from "../src/day-info";
import { dayInfo, isDayOff } from "../src/holidays";
import {
  addDays,
  DEFAULT_MILESTONE_TEMPLATE,
  editionMilestones,
  milestoneDueOn,
  milestoneStatus,
  milestoneStatusesOn,
  prefectureStages,
} from "../src/index";

describe("milestone status", () => {
  const due = "2026-12-10";

  it("is done once marked done, even when the due date has passed", () => {
    expect(milestoneStatus(due, "2026-12-20", "2027-01-05")).toBe("done");
  });

  it("is late from the day after the due date, not on the due date itself", () => {
    expect(milestoneStatus(due, null, "2026-12-10")).toBe("due_soon");
    expect(milestoneStatus(due, null, "2026-12-11")).toBe("late");
  });

  it("is due soon from 14 days before, and on track the day before that", () => {
    expect(milestoneStatus(due, null, "2026-11-26")).toBe("due_soon");
    expect(milestoneStatus(due, null, "2026-11-25")).toBe("on_track");
  });
});

describe("milestone status on one day for many milestones", () => {
  it("agrees with milestoneStatus for every due date around the day, across a month and a year end", () => {
    for (const today of ["2026-11-25", "2026-12-25"]) {
      const statusOf = milestoneStatusesOn(today);
      for (let offset = -40; offset <= 40; offset++) {
        const dueOn = addDays(today, offset);
        expect(statusOf(dueOn, null), `${today} ${dueOn}`).toBe(milestoneStatus(dueOn, null, today));
        expect(statusOf(dueOn, "2026-11-01")).toBe("done");
      }
    }
  });

  it("has no status without a due date unless the milestone is done", () => {
    const statusOf = milestoneStatusesOn("2026-11-25");
    expect(statusOf(null, null)).toBeNull();
    expect(statusOf(null, "2026-11-01")).toBe("done");
  });
});

describe("milestone due dates", () => {
  it("count back from the forum date (SAITAMA2026, 2026年2月21日)", () => {
    const dates = Object.fromEntries(
      DEFAULT_MILESTONE_TEMPLATE.map((m) => [m.key, milestoneDueOn("2026-02-21", m.offsetDays)]),
    );
    expect(dates).toMatchObject({
      cohost_decided: "2025-08-25",
      venue_booked: "2025-09-24",
      keynote_fixed: "2025-11-23",
      registration_open: "2025-12-23",
      forum: "2026-02-21",
      retrospective: "2026-03-23",
    });
  });

  it("move by the edition's own shift", () => {
    expect(milestoneDueOn("2026-02-21", -90, 7)).toBe("2025-11-30");
  });
});

describe("days off", () => {
  it("marks national holidays and substitute holidays from the maintained holiday data", () => {
    expect(dayInfo("2025-11-23")).toEqual({
      weekend: true,
      holiday: { nameJa: "勤労感謝の日", nameEn: "Labor Thanksgiving Day" },
    });
    expect(dayInfo("2025-11-24").holiday?.nameJa).toBe("勤労感謝の日 振替休日");
    expect(isDayOff("2025-11-25")).toBe(false);
    expect(isDayOff("2026-02-21")).toBe(true);
  });

  it("still mark weekends while a year's holiday table has not arrived, and holidays once it has", () => {
    expect(dayInfoIn(null, "2026-11-23")).toEqual({ weekend: false, holiday: null });
    expect(dayInfoIn(null, "2026-11-22")).toEqual({ weekend: true, holiday: null });
    const year2026 = { "2026-11-23": { name: "勤労感謝の日", name_en: "Labor Thanksgiving Day" } };
    expect(dayInfoIn(year2026, "2026-11-23").holiday?.nameEn).toBe("Labor Thanksgiving Day");
  });
});

describe("edition milestones", () => {
  const template = DEFAULT_MILESTONE_TEMPLATE.slice(0, 3);

  it("apply the template to the forum date with the edition's shifts and dones", () => {
    const rows = editionMilestones(
      template,
      "2027-02-20",
      [
        { key: "cohost_decided", shiftDays: 0, doneOn: "2026-08-01" },
        { key: "venue_booked", shiftDays: 14, doneOn: null },
      ],
      "2026-11-25",
    );
    expect(rows.map((r) => [r.key, r.dueOn, r.status])).toEqual([
      ["cohost_decided", "2026-08-24", "done"],
      ["venue_booked", "2026-10-07", "late"],
      ["keynote_fixed", "2026-11-22", "late"],
    ]);
  });

  it("have no due date and no status while the forum date is not decided", () => {
    expect(editionMilestones(template, null, [], "2026-11-25").map((r) => r.status)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe("prefecture tiles", () => {
  it("take the prefecture's own region first, then an area covering it", () => {
    const stages = prefectureStages([
      { kind: "area", slug: "shutoken", prefectureCodes: ["11", "12", "13", "14"], stage: "coordinating" },
      { kind: "prefecture", slug: "saitama", prefectureCodes: ["11"], stage: "held" },
      { kind: "prefecture", slug: "hokkaido", prefectureCodes: ["01"], stage: null },
    ]);
    expect(stages.get("11")).toEqual({ stage: "held", regionSlug: "saitama" });
    expect(stages.get("13")).toEqual({ stage: "coordinating", regionSlug: "shutoken" });
    expect(stages.has("01")).toBe(false);
  });
});
