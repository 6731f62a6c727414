import type { Calendar, CalendarEvent } from "@kyoso/api";
import { addDays, parseIsoDate } from "@kyoso/domain";
import { createEvents, type DateArray, type EventAttributes } from "ics";

// Calendars as iCalendar (RFC 5545), written by the `ics` library. Date-only items (milestones, due dates,
// meetings without a time) are all-day events; timed meetings are Japan times converted to UTC.

const JST_OFFSET_HOURS = 9;

function dateArray(date: string): DateArray {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not an ISO date: ${date}`);
  return [parts.year, parts.month, parts.day];
}

/** A Japan wall-clock time on a date, as a UTC instant in milliseconds. */
function tokyoInstant(date: string, hhmm: string): number {
  const [year, month, day] = dateArray(date);
  const [hours, minutes] = hhmm.split(":").map(Number) as [number, number];
  return Date.UTC(year, month - 1, day, hours - JST_OFFSET_HOURS, minutes);
}

function toAttributes(event: CalendarEvent, baseUrl: string): EventAttributes {
  const common = {
    uid: event.uid,
    title: event.title,
    url: `${baseUrl}${event.path}`,
    ...(event.description ? { description: event.description } : {}),
    ...(event.location ? { location: event.location } : {}),
  };
  if (!event.startTime) {
    return { ...common, start: dateArray(event.date), end: dateArray(addDays(event.date, 1)) };
  }
  const start = tokyoInstant(event.date, event.startTime);
  return event.endTime && event.endTime > event.startTime
    ? { ...common, start, end: tokyoInstant(event.date, event.endTime) }
    : { ...common, start, duration: { hours: 1 } };
}

/**
 * How often subscribed calendars should fetch the feed again. `ics` writes X-PUBLISHED-TTL (read by Outlook
 * and Apple Calendar); REFRESH-INTERVAL (RFC 7986) says the same to clients that follow the standard, and
 * X-WR-TIMEZONE makes clients that show the calendar's zone show Japan time. Times are UTC throughout, so no
 * VTIMEZONE is needed.
 */
const CALENDAR_PROPERTIES = ["REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-WR-TIMEZONE:Asia/Tokyo"];

export function renderCalendar(calendar: Calendar, baseUrl: string): string {
  const { error, value } = createEvents(
    calendar.events.map((e) => toAttributes(e, baseUrl)),
    { productId: "kyoso/calendar", calName: calendar.name },
  );
  if (error || value === null) throw error ?? new Error("calendar could not be written");
  const firstComponent = value.search(/BEGIN:VEVENT|END:VCALENDAR/);
  return `${value.slice(0, firstComponent)}${CALENDAR_PROPERTIES.map((line) => `${line}\r\n`).join("")}${value.slice(firstComponent)}`;
}
