import type nl from "./locales/nl";

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof nl };
  }
}
