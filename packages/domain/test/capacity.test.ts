import { describe, expect, it } from "vitest";
import {
  dateCapacityReached,
  isOnlineFull,
  isVenueFull,
  participationStatus,
  venueFullSwitch,
} from "../src/index";

const TODAY = "2026-01-27";
const HELD_ON = "2026-02-21";
const state = (
  venueCapacity: number | null,
  venueRegistrations: number,
  venueFullFrom: string | null = null,
) => ({
  venueCapacity,
  venueRegistrations,
  venueFullFrom,
  heldOn: HELD_ON,
});
const stays = (venueFullFrom: string | null) => ({ venueFullFrom, becameFull: false, announce: false });
const switches = (venueFullFrom: string) => ({ venueFullFrom, becameFull: true, announce: true });

describe("the venue-full switch", () => {
  it("stays open at capacity − 1", () => {
    expect(venueFullSwitch(state(80, 79), TODAY)).toEqual(stays(null));
  });

  it("switches to venue-full from the given day once registrations reach capacity", () => {
    expect(venueFullSwitch(state(80, 80), TODAY)).toEqual(switches(TODAY));
  });

  it("switches as well when registrations jump past capacity (capacity + 1)", () => {
    expect(venueFullSwitch(state(80, 81), TODAY)).toEqual(switches(TODAY));
  });

  it("never switches with unlimited capacity, however many register", () => {
    expect(venueFullSwitch(state(null, 10_000), TODAY)).toEqual(stays(null));
  });

  it("treats a capacity of zero as full from the start (an online-only forum)", () => {
    expect(venueFullSwitch(state(0, 0), TODAY)).toEqual(switches(TODAY));
  });

  it("keeps the first date of an edition already full and does not switch again", () => {
    expect(venueFullSwitch(state(80, 81, "2026-01-20"), TODAY)).toEqual(stays("2026-01-20"));
  });

  it("does not reopen by itself when the capacity is raised: a date set stays until cleared by hand", () => {
    expect(venueFullSwitch(state(100, 80, "2026-01-20"), TODAY)).toEqual(stays("2026-01-20"));
  });

  it("switches on the forum day itself with an announcement, but after it from the forum date without one", () => {
    expect(venueFullSwitch(state(80, 80), HELD_ON)).toEqual(switches(HELD_ON));
    expect(venueFullSwitch(state(80, 80), "2026-02-22")).toEqual({
      venueFullFrom: HELD_ON,
      becameFull: true,
      announce: false,
    });
  });

  it("uses the given day when the forum date is not fixed yet", () => {
    expect(venueFullSwitch({ ...state(80, 80), heldOn: null }, "2026-12-01")).toEqual(switches("2026-12-01"));
  });
});

describe("fullness at the boundary", () => {
  it.each([
    [80, 79, false],
    [80, 80, true],
    [80, 81, true],
    [null, 999, false],
    [0, 0, true],
  ] as const)("venue capacity %s with %s registrations: full = %s", (capacity, registrations, full) => {
    expect(isVenueFull(capacity, registrations)).toBe(full);
    expect(isOnlineFull(capacity, registrations)).toBe(full);
  });
});

describe("the day the capacity was reached, from registration dates", () => {
  const dates = ["2026-01-27", "2026-01-10", "2026-01-15", "2026-01-27", "2026-01-30"];

  it("is the date of the capacity-th registration in arrival order, whatever the row order", () => {
    expect(dateCapacityReached(dates, 3, TODAY)).toBe("2026-01-27");
    expect(dateCapacityReached(dates, 2, TODAY)).toBe("2026-01-15");
    expect(dateCapacityReached(dates, 5, TODAY)).toBe("2026-01-30");
  });

  it("is null one registration short of capacity, and with unlimited capacity", () => {
    expect(dateCapacityReached(dates, 6, TODAY)).toBeNull();
    expect(dateCapacityReached(dates, null, TODAY)).toBeNull();
  });

  it("is the fallback day for a capacity of zero, reached before anyone registered", () => {
    expect(dateCapacityReached([], 0, TODAY)).toBe(TODAY);
  });
});

describe("how people may still take part", () => {
  it("is open, online only, venue only or full", () => {
    expect(participationStatus({ venueFullFrom: null, onlineFull: false })).toBe("open");
    expect(participationStatus({ venueFullFrom: "2026-01-27", onlineFull: false })).toBe("online_only");
    expect(participationStatus({ venueFullFrom: null, onlineFull: true })).toBe("venue_only");
    expect(participationStatus({ venueFullFrom: "2026-01-27", onlineFull: true })).toBe("full");
  });
});
