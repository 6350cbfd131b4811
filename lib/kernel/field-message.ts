// One field's problem in words, from a translator of the whole messages: the server's edge and the
// browser (the signing form's live check of an amount) say it the same way. Plain module.
import type { FieldCode, Params } from "./outcome";

/** Any next-intl translator of the root messages (createTranslator on the server, useTranslations() in the browser). */
type Translator = ((key: never, values?: never) => string) & { has(key: never): boolean };

/** A field's message; zod's own words for a value of the wrong kind (a broken client) read as "not valid". */
export function fieldMessage(t: Translator, code: FieldCode, params: Params = {}): string {
  const { key, params: own } = typeof code === "string" ? { key: code, params } : code;
  // Keys come from the domain's schemas at run time, so next-intl's typed keys cannot check them here.
  const untyped = t as unknown as { (key: string, values?: Params): string; has(key: string): boolean };
  const path = `fieldErrors.${key}`;
  return untyped.has(path) ? untyped(path, own) : untyped("fieldErrors.invalid");
}
