"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { text } from "@/lib/actions/form-data";
import { authorize } from "@/lib/auth/authorize";
import { changeOwnPassword } from "@/lib/users/change-own-password";

/** Any staff member, for their own account only: the account is the session's, never a form field. */
export async function changePassword(_prev: ActionState, formData: FormData): Promise<ActionResult> {
  const access = await authorize("STAFF", { pendingPasswordChange: "allow" });
  if (!access.ok) return access;
  const result = await changeOwnPassword(
    { current: text(formData, "current"), next: text(formData, "next"), confirm: text(formData, "confirm") },
    access.actor,
  );
  if (result.ok) revalidatePath("/staf", "layout");
  return result;
}
