import type { Metadata } from "next";
import { CHANGE_PASSWORD_PATH, requireStaffPage } from "@/lib/auth/page-access";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Ganti kata sandi" };

export default async function ChangePasswordPage() {
  const actor = await requireStaffPage("STAFF", CHANGE_PASSWORD_PATH);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Ganti kata sandi</h1>
      {actor.mustChangePassword && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Anda masuk dengan kata sandi sekali pakai. Pilih kata sandi Anda sendiri sebelum mulai bertugas.
        </p>
      )}
      <ChangePasswordForm />
    </div>
  );
}
