import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { ja } from "./ja";

export const LANGUAGES = ["ja", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "kyoso.language";

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === "en" ? "en" : "ja";
  } catch {
    // Private modes may refuse storage: Japanese is the safe default.
    return "ja";
  }
}

export function toLanguage(value: string | undefined): Language {
  return value === "en" ? "en" : "ja";
}

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = toLanguage(lng);
  try {
    localStorage.setItem(STORAGE_KEY, toLanguage(lng));
  } catch {
    // The choice then lasts for this visit only.
  }
});

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "ja",
  supportedLngs: LANGUAGES,
  // React escapes text already.
  interpolation: { escapeValue: false },
});

export { i18n };
