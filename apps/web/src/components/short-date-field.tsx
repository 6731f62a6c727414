import { type PartialDate, parseShortDate, type ShortDateContext } from "@kyoso/domain";
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
  allowMonth: boolean,
  t: TFunction,
): { value: PartialDate | null; error?: string } {
  if (text.trim() === "") return { value: null };
  const parsed = parseShortDate(text, context);
  if (!parsed) return { value: null, error: t("shortDate.invalid") };
  if (!allowMonth && parsed.precision !== "day") return { value: null, error: t("shortDate.dayOnly") };
  return { value: parsed };
}

/**
 * A text input for dates as the organizers write them ("10.29", "11月"); the date it is read as shows
 * live beside it, in a polite live region, so the user hears 「→ 2025年10月29日(水)」 while typing.
 */
export function ShortDateField({ id, label, value, onChange, context, allowMonth = false, ...rest }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const parsed = parseShortDate(value, context);
  const shown = parsed && (allowMonth || parsed.precision === "day") ? parsed : undefined;
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
          <p id={resultId} className="short-date-result" aria-live="polite">
            {shown ? t("shortDate.interpreted", { date: dates.partial(shown) }) : ""}
          </p>
        </>
      )}
    </FieldFrame>
  );
}
