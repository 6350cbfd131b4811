import { createTranslator } from "next-intl";
import { messagesFor } from "@/lib/i18n/messages";
import type { FieldCode, Outcome } from "@/lib/kernel/outcome";
import { fieldMessage } from "@/lib/kernel/field-message";
import { describe } from "@/lib/kernel/translate";

/** An outcome as the Indonesian interface shows it: its code, and the words the edge chooses. */
export async function said<T, D>(outcome: Outcome<T, D> | Promise<Outcome<T, D>>) {
  return describe(await outcome, "id");
}

const INDONESIAN = createTranslator({ locale: "id", messages: messagesFor("id") });

/** A field's problem as the Indonesian interface words it. */
export function inIndonesian(code: FieldCode): string {
  return fieldMessage(INDONESIAN, code);
}
