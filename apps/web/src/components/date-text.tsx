import type { IsoDate, PartialDate } from "@kyoso/domain";
import { useDates } from "../i18n/use-dates";
import { dayClass } from "./day-class";

/** A date in the user's language inside <time>; Saturdays blue, Sundays red (the weekday is in the text). */
export function DateText({ value }: { value: IsoDate | PartialDate }) {
  const dates = useDates();
  const partial = typeof value === "string" ? { date: value, precision: "day" as const } : value;
  return (
    <time
      dateTime={partial.precision === "month" ? partial.date.slice(0, 7) : partial.date}
      className={partial.precision === "day" ? dayClass(partial.date, false) : "date"}
    >
      {dates.partial(partial)}
    </time>
  );
}
