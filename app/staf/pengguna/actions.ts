"use server";
// Staff management: organizers only. Every action authorizes first; the domain validates and audits.
import { revalidatePath } from "next/cache";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { list, text } from "@/lib/actions/form-data";
import { authorize } from "@/lib/auth/authorize";
import { liftLockout } from "@/lib/auth/lockouts";
import { setAccountDisabled } from "@/lib/users/account-status";
import { createDeskTeam, type TeamSheet } from "@/lib/users/create-desk-team";
import { createUser, type CreatedAccount } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { setAssignments } from "@/lib/users/set-assignments";

const STAFF_PATH = "/staf/pengguna";

function refreshed<T>(result: ActionResult<T>, ...paths: string[]): ActionResult<T> {
  if (result.ok) for (const path of [STAFF_PATH, ...paths]) revalidatePath(path);
  return result;
}

export async function createStaffAccount(_prev: ActionState<CreatedAccount>, formData: FormData): Promise<ActionResult<CreatedAccount>> {
  const access = await authorize("ADMIN");
  if (!access.ok) return access;
  const role = text(formData, "role") as "ADMIN" | "DESK";
  return refreshed(
    await createUser({ email: text(formData, "email"), name: text(formData, "name"), role, eventIds: list(formData, "eventIds") }, access.actor),
  );
}

export async function createDeskTeamAccounts(_prev: ActionState<TeamSheet>, formData: FormData): Promise<ActionResult<TeamSheet>> {
  const access = await authorize("ADMIN");
  if (!access.ok) return access;
  return refreshed(await createDeskTeam({ eventId: text(formData, "eventId"), lines: text(formData, "lines") }, access.actor));
}

export async function disableAccount(_prev: ActionState, formData: FormData): Promise<ActionResult> {
  const access = await authorize("ADMIN");
  if (!access.ok) return access;
  const userId = text(formData, "userId");
  return refreshed(await setAccountDisabled({ userId, disabled: true }, access.actor), `${STAFF_PATH}/${userId}`);
}

export async function enableAccount(_prev: ActionState, formData: FormData): Promise<ActionResult> {
  const access = await authorize("ADMIN");
  if (!access.ok) return access;
  const userId = text(formData, "userId");
  return refreshed(await setAccountDisabled({ userId, disabled: false }, access.actor), `${STAFF_PATH}/${userId}`);
}

export async function resetAccountPassword(
  _prev: ActionState<{ email: string; name: string; password: string }>,
  formData: FormData,
): Promise<ActionResult<{ email: string; name: string; password: string }>> {
  const access = await authorize("ADMIN");
  if (!access.ok) return access;
  const userId = text(formData, "userId");
  return refreshed(await resetPassword({ userId }, access.actor), `${STAFF_PATH}/${userId}`);
}

export async function saveAssignments(_prev: ActionState, formData: FormData): Promise<ActionResult> {
  const access = await authorize("ADMIN");
  if (!access.ok) return access;
  const userId = text(formData, "userId");
  return refreshed(await setAssignments({ userId, eventIds: list(formData, "eventIds") }, access.actor), `${STAFF_PATH}/${userId}`);
}

export async function liftSignInLockout(_prev: ActionState, formData: FormData): Promise<ActionResult> {
  const access = await authorize("ADMIN");
  if (!access.ok) return access;
  return refreshed(await liftLockout({ lockoutId: text(formData, "lockoutId") }, access.actor));
}
