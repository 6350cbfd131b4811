import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";

// Typed translations: a key missing from the Indonesian messages fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
