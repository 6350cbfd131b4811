import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/app/_components/action-button";
import { requireStaffPage } from "@/lib/auth/page-access";
import { listEventChoices } from "@/lib/events/queries";
import { staffMember } from "@/lib/users/queries";
import { disableAccount, enableAccount } from "../actions";
import { AssignmentsForm } from "./assignments-form";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Akun petugas" };

type Props = { params: Promise<{ id: string }> };

export default async function StaffMemberPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireStaffPage("ADMIN", `/staf/pengguna/${id}`);
  const [user, events] = await Promise.all([staffMember(id), listEventChoices()]);
  if (!user) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/staf/pengguna" className="text-sm text-brand-700 underline">
          ← Pengguna
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{user.name}</h1>
        <p className="text-slate-600">
          {user.email} · {user.role === "ADMIN" ? "Panitia" : "Petugas meja"} · {user.disabledAt ? "Nonaktif" : "Aktif"}
        </p>
      </div>

      {user.role === "DESK" && (
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="assign-heading">
          <h2 id="assign-heading" className="text-lg font-semibold">
            Penugasan
          </h2>
          <AssignmentsForm userId={user.id} events={events} assigned={user.assignments.map((a) => a.eventId)} />
        </section>
      )}

      <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="reset-heading">
        <h2 id="reset-heading" className="text-lg font-semibold">
          Atur ulang kata sandi
        </h2>
        <p className="text-sm text-slate-600">Membuat kata sandi sekali pakai baru dan mengakhiri semua sesi akun ini.</p>
        <ResetPasswordForm userId={user.id} />
      </section>

      {user.id !== actor.id && (
        <section className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" aria-labelledby="status-heading">
          <h2 id="status-heading" className="text-lg font-semibold">
            Status akun
          </h2>
          {user.disabledAt ? (
            <ActionButton action={enableAccount} fields={{ userId: user.id }} pendingText="Mengaktifkan…" tone="primary">
              Aktifkan kembali
            </ActionButton>
          ) : (
            <>
              <p className="text-sm text-slate-600">Akun nonaktif langsung kehilangan akses pada permintaan berikutnya. Catatan kerjanya tetap tersimpan.</p>
              <ActionButton action={disableAccount} fields={{ userId: user.id }} pendingText="Menonaktifkan…" tone="danger" confirmText={`Nonaktifkan akun ${user.email}?`}>
                Nonaktifkan akun
              </ActionButton>
            </>
          )}
        </section>
      )}
    </div>
  );
}
