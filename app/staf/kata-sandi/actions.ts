"use server";
import { staffAction } from "@/lib/kernel/action";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { changePasswordInput } from "@/lib/users/schema";

/** Any staff member, for their own account only: the account is the session's, never a form field. */
export const changePassword = staffAction(
  { need: "STAFF", pendingPasswordChange: "allow", input: changePasswordInput, revalidate: () => ["/staf"] },
  ({ actor, input }) => changeOwnPassword(input, actor),
);
