"use server";
import { reissueSession } from "@/lib/auth/session-cookie";
import { staffAction } from "@/lib/kernel/action";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { changePasswordInput } from "@/lib/users/schema";

/**
 * Any staff member, for their own account only: the account is the session's, never a form field.
 * The account's other sessions end; this one goes on with a re-issued cookie.
 */
export const changePassword = staffAction(
  { need: "STAFF", pendingPasswordChange: "allow", input: changePasswordInput, revalidate: () => ["/staf"] },
  async ({ actor, input }) => {
    const changed = await changeOwnPassword(input, actor);
    if (changed.ok) await reissueSession(actor, changed.data.sessionVersion);
    return changed;
  },
);
