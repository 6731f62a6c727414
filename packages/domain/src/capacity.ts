import { z } from "zod";
import type { IsoDate } from "./dates";
import { idOf, versionSchema } from "./text";

// Venue and online capacity (shared/DESIGN.md: "when the venue is full the forum goes online-only from a date").
// Pure rules: the API applies them inside the write that changes capacity or registrations.

/** What the switch looks at. A null capacity means unlimited. */
export interface VenueCapacityState {
  venueCapacity: number | null;
  venueRegistrations: number;
  venueFullFrom: IsoDate | null;
  /** The forum date: a venue cannot be full from a day after it. */
  heldOn: IsoDate | null;
}

/** Full once registrations reach capacity; never when unlimited; at once when the capacity is zero. */
export function isVenueFull(venueCapacity: number | null, venueRegistrations: number): boolean {
  return venueCapacity !== null && venueRegistrations >= venueCapacity;
}

export function isOnlineFull(onlineCapacity: number | null, onlineRegistrations: number): boolean {
  return onlineCapacity !== null && onlineRegistrations >= onlineCapacity;
}

export interface VenueSwitch {
  venueFullFrom: IsoDate | null;
  /** True only for the write that makes the edition venue-full. */
  becameFull: boolean;
  /** Whether to draft the venue-full announcement: not for counts entered after the forum was held. */
  announce: boolean;
}

/**
 * The venue-full switch, applied to the state after a write. When registrations reach capacity and the edition
 * is not yet venue-full, it becomes venue-full from `fullOn` (the day the capacity-th registration arrived, or
 * today in Japan for counts entered by hand). An edition already venue-full keeps its date. The switch never
 * turns back by itself: reopening the venue is the committee's decision (they clear the date by hand).
 * Final counts entered after the forum mark it full from the forum date, with no announcement to publish.
 */
export function venueFullSwitch(state: VenueCapacityState, fullOn: IsoDate): VenueSwitch {
  if (state.venueFullFrom !== null || !isVenueFull(state.venueCapacity, state.venueRegistrations)) {
    return { venueFullFrom: state.venueFullFrom, becameFull: false, announce: false };
  }
  if (state.heldOn !== null && fullOn > state.heldOn) {
    return { venueFullFrom: state.heldOn, becameFull: true, announce: false };
  }
  return { venueFullFrom: fullOn, becameFull: true, announce: true };
}

/**
 * The day the capacity-th venue registration arrived, from the registration dates in any order: null while the
 * capacity is not reached or is unlimited. A capacity of zero is reached before any registration: `fallback`.
 */
export function dateCapacityReached(
  venueRegistrationDates: readonly IsoDate[],
  venueCapacity: number | null,
  fallback: IsoDate,
): IsoDate | null {
  if (venueCapacity === null) return null;
  if (venueCapacity === 0) return fallback;
  const sorted = [...venueRegistrationDates].sort();
  return sorted[venueCapacity - 1] ?? null;
}

/** How people may still take part, as the public page says it. */
export type ParticipationStatus = "open" | "online_only" | "venue_only" | "full";

/** The venue counts as full from its venue-full date; online, once its registrations reach its capacity. */
export function participationStatus(edition: {
  venueFullFrom: IsoDate | null;
  onlineFull: boolean;
}): ParticipationStatus {
  const venueFull = edition.venueFullFrom !== null;
  if (venueFull) return edition.onlineFull ? "full" : "online_only";
  return edition.onlineFull ? "venue_only" : "open";
}

/** The draft the committee gets when the venue fills up, to check and publish. */
export const VENUE_FULL_ANNOUNCEMENT = {
  title: "会場参加枠は定員となりました",
  body: "会場参加枠は定員となりました。オンラインでのご参加のみ受付となります。",
} as const;

const capacity = (label: string) =>
  z
    .number({ message: `${label}は数値で入力してください。` })
    .int({ message: `${label}は整数で入力してください。` })
    .min(0, { message: `${label}は0以上で入力してください。` })
    .max(100_000, { message: `${label}は100,000以下で入力してください。` });

/** Capacity and registration counts entered by hand. Null capacity: unlimited. */
export const capacitySetSchema = z.object({
  editionId: idOf("フォーラム"),
  version: versionSchema,
  venueCapacity: capacity("会場の定員").nullable(),
  onlineCapacity: capacity("オンラインの定員").nullable(),
  venueRegistrations: capacity("会場参加の申込数"),
  onlineRegistrations: capacity("オンライン参加の申込数"),
});
export type CapacitySet = z.infer<typeof capacitySetSchema>;
