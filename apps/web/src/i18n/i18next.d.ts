import "i18next";
import type { en } from "./locales/en.ts";

// Typed keys: `t("status.titel")` is a type error, so every key used in the source exists in English.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
    returnNull: false;
  }
}
