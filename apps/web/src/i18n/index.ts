import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en, type LocaleResource } from "./locales/en.ts";
import { pickLanguage } from "./pick-language.ts";

/**
 * Every locale the SPA ships. Adding Russian or Kazakh is one sibling file in `locales/` typed
 * `LocaleResource`, plus one line here.
 */
export const resources = {
  en: { translation: en },
} as const satisfies Record<string, { translation: LocaleResource }>;

export type Language = keyof typeof resources;
export const supportedLanguages = Object.keys(resources) as Language[];
export const defaultLanguage: Language = "en";

const STORAGE_KEY = "airisk.language";

function readStoredLanguage(): string | undefined {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    // Storage can be blocked by privacy settings; the browser's languages decide then.
    return undefined;
  }
}

function initialLanguage(): Language {
  const stored = readStoredLanguage();
  const preferred = stored ? [stored, ...navigator.languages] : navigator.languages;
  return pickLanguage(preferred, supportedLanguages) ?? defaultLanguage;
}

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

i18next.on("languageChanged", syncDocumentLanguage);

export const i18nReady: Promise<unknown> = i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: supportedLanguages,
  defaultNS: "translation",
  // React escapes what it renders already.
  interpolation: { escapeValue: false },
  returnNull: false,
});

syncDocumentLanguage(i18next.language);

/** Switches the UI language and remembers the choice for the next visit. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable.
  }
}

export { i18next };
