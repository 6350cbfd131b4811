"use server";
// Staff management: organizers only. The kernel authorizes and parses; the domain validates and audits.
import { liftLockout, lockoutInput } from "@/lib/auth/lockouts";
import { staffAction } from "@/lib/kernel/action";
import { setAccountDisabled } from "@/lib/users/account-status";
import { createDeskTeam } from "@/lib/users/create-desk-team";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { deskTeamInput, newAccountForm, userIdInput } from "@/lib/users/schema";
import { assignmentsInput, setAssignments } from "@/lib/users/set-assignments";

// The staff list, and each account's own page under it.
const STAFF_PAGES = () => ["/staf/pengguna"];

export const createStaffAccount = staffAction({ need: "ADMIN", input: newAccountForm, revalidate: STAFF_PAGES }, ({ actor, input }) =>
  createUser(input, actor),
);

export const createDeskTeamAccounts = staffAction({ need: "ADMIN", input: deskTeamInput, revalidate: STAFF_PAGES }, ({ actor, input }) =>
  createDeskTeam(input, actor),
);

export const disableAccount = staffAction({ need: "ADMIN", input: userIdInput, revalidate: STAFF_PAGES }, ({ actor, input }) =>
  setAccountDisabled({ userId: input.userId, disabled: true }, actor),
);

export const enableAccount = staffAction({ need: "ADMIN", input: userIdInput, revalidate: STAFF_PAGES }, ({ actor, input }) =>
  setAccountDisabled({ userId: input.userId, disabled: false }, actor),
);

export const resetAccountPassword = staffAction({ need: "ADMIN", input: userIdInput, revalidate: STAFF_PAGES }, ({ actor, input }) =>
  resetPassword(input, actor),
);

export const saveAssignments = staffAction({ need: "ADMIN", input: assignmentsInput, revalidate: STAFF_PAGES }, ({ actor, input }) =>
  setAssignments(input, actor),
);

export const liftSignInLockout = staffAction({ need: "ADMIN", input: lockoutInput, revalidate: STAFF_PAGES }, ({ actor, input }) => liftLockout(input, actor));
