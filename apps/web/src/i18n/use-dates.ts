import { formatDate, formatPartialDate, type IsoDate, type PartialDate } from "@kyoso/domain";
import { useTranslation } from "react-i18next";
import { toLanguage } from "./index";

/** Date formatting in the language the user chose: 「2026年2月21日(土)」 or "Sat, Feb 21, 2026". */
export function useDates() {
  const { i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage);
  return {
    locale,
    date: (iso: IsoDate) => formatDate(iso, locale),
    partial: (value: PartialDate) => formatPartialDate(value, locale),
  };
}
