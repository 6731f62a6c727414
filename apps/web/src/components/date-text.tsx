import { type IsoDate, isWeekend, type PartialDate } from "@kyoso/domain";
import { useDates } from "../i18n/use-dates";

/** A date in the user's language inside <time>; weekend days get a tint (the weekday is in the text). */
export function DateText({ value }: { value: IsoDate | PartialDate }) {
  const dates = useDates();
  const partial = typeof value === "string" ? { date: value, precision: "day" as const } : value;
  const weekend = partial.precision === "day" && isWeekend(partial.date);
  return (
    <time
      dateTime={partial.precision === "month" ? partial.date.slice(0, 7) : partial.date}
      className={weekend ? "date date--weekend" : "date"}
    >
      {dates.partial(partial)}
    </time>
  );
}
