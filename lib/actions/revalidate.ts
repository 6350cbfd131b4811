import "server-only";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "./result";

/** After a successful change to an event: its staff pages and its public pages show it on their next render. */
export function afterEventChange<R extends ActionResult<unknown>>(slug: string, result: R): R {
  if (result.ok) {
    revalidatePath(`/staf/e/${slug}`, "layout");
    revalidatePath(`/e/${slug}`, "layout");
  }
  return result;
}
