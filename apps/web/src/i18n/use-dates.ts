import {
  formatDate,
  formatPartialDate,
  type IsoDate,
  type PartialDate,
  todayInTokyo,
} from "@kyoso/domain/plain";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { toLanguage } from "./index";

// Committee work happens in Japan: times read in Japan time whatever the browser's zone.
const timeFormat = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** Date formatting in the language the user chose: 「2026年2月21日(土)」 or "Sat, Feb 21, 2026". */
export function useDates() {
  const { i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  // Stable per language, so memoised table columns that format dates stay memoised.
  return useMemo(
    () => ({
      locale,
      date: (iso: IsoDate) => formatDate(iso, locale),
      partial: (value: PartialDate) => formatPartialDate(value, locale),
      /** An instant (ISO timestamp) as its Japan date and time: 「2026年5月1日(金) 13:05」. */
      dateTime: (instant: string) => {
        const at = new Date(instant);
        return `${formatDate(todayInTokyo(at), locale)} ${timeFormat.format(at)}`;
      },
    }),
    [locale],
  );
}
