import i18n, { type BackendModule } from "i18next";
import { initReactI18next } from "react-i18next";
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

/**
 * Japanese is bundled (it is the first language and every other one falls back to it); English is a chunk of its
 * own, fetched only when it is the chosen language (at start or when switched), so a Japanese reader never
 * downloads it. changeLanguage waits for it before the screen switches.
 */
const otherLanguages: BackendModule = {
  type: "backend",
  init() {},
  read(language, _namespace, callback) {
    if (language !== "en") return callback(null, language === "ja" ? ja : null);
    import("./en").then(
      (module) => callback(null, module.en),
      (error: unknown) => callback(error instanceof Error ? error.message : String(error), null),
    );
  },
};

/** Resolves once the chosen language's texts are there: the app renders after it, never half translated. */
export const i18nReady = i18n
  .use(otherLanguages)
  .use(initReactI18next)
  .init({
    resources: { ja: { translation: ja } },
    partialBundledLanguages: true,
    lng: storedLanguage(),
    fallbackLng: "ja",
    supportedLngs: LANGUAGES,
    // React escapes text already.
    interpolation: { escapeValue: false },
  });

export { i18n };
