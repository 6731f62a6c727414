import {
  type PartialDate,
  parseShortDate,
  type ShortDateContext,
  type ShortDateReading,
  shortDateWarnings,
} from "@kyoso/domain";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { useDates } from "../i18n/use-dates";
import { FieldFrame } from "./form-field";

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  context: ShortDateContext;
  /** "past" for the day a thing happened, "upcoming" for the next meeting or a due date. */
  reading: ShortDateReading;
  /** Whether a month alone ("11月") is an answer: yes for the next meeting, no for the day a thing happened. */
  allowMonth?: boolean;
  required?: boolean;
  hint?: string;
  errors?: string[] | undefined;
}

/** The date a short text stands for, or the message to show when it stands for none the field accepts. */
export function readShortDate(
  text: string,
  context: ShortDateContext,
  reading: ShortDateReading,
  allowMonth: boolean,
  t: TFunction,
): { value: PartialDate | null; error?: string } {
  if (text.trim() === "") return { value: null };
  const parsed = parseShortDate(text, context, reading);
  if (!parsed) return { value: null, error: t("shortDate.invalid") };
  if (!allowMonth && parsed.precision !== "day") return { value: null, error: t("shortDate.dayOnly") };
  return { value: parsed };
}

/**
 * A text input for dates as the organizers write them ("10.29", "11月"); the date it is read as shows
 * live beside it with its year, in a polite live region, so the user hears 「→ 2026年10月29日(木)」 while
 * typing, and a reading far from today or outside the forum's preparation says so in words.
 */
export function ShortDateField(props: Props) {
  const { id, label, value, onChange, context, reading, allowMonth = false, ...rest } = props;
  const { t } = useTranslation();
  const dates = useDates();
  const parsed = parseShortDate(value, context, reading);
  const shown = parsed && (allowMonth || parsed.precision === "day") ? parsed : undefined;
  const warnings = shown ? shortDateWarnings(shown, context) : [];
  const hint =
    rest.hint ?? [t("shortDate.hint"), allowMonth ? t("shortDate.monthHint") : ""].filter(Boolean).join(" ");
  const resultId = `${id}-result`;
  return (
    <FieldFrame id={id} label={label} required={rest.required} hint={hint} errors={rest.errors}>
      {(describedBy, invalid) => (
        <>
          <input
            id={id}
            type="text"
            inputMode="text"
            autoComplete="off"
            value={value}
            required={rest.required}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={[resultId, describedBy].filter(Boolean).join(" ")}
          />
          <div
            id={resultId}
            className={
              warnings.length > 0 ? "short-date-result short-date-result--warning" : "short-date-result"
            }
            aria-live="polite"
          >
            {shown && <p>{t("shortDate.interpreted", { date: dates.partial(shown) })}</p>}
            {warnings.map((w) => (
              <p key={w} className="short-date-warning">
                <strong>{t("shortDate.warningLabel")}</strong> {t(`shortDate.warnings.${w}`)}
              </p>
            ))}
          </div>
        </>
      )}
    </FieldFrame>
  );
}
