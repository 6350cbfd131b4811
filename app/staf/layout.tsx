import Link from "next/link";
import { authorize } from "@/lib/auth/authorize";
import { SignOutButton } from "./sign-out-button";

// The staff menu. It only decides what to show: each page below checks access itself.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const access = await authorize("STAFF");
  const actor = access.ok ? access.actor : null;
  return (
    <div className="space-y-6">
      {actor && (
        <nav aria-label="Menu petugas" className="flex flex-wrap items-center gap-x-5 gap-y-2 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm print:hidden">
          <Link href="/staf" className="font-medium text-slate-700 hover:text-brand-700">
            Meja
          </Link>
          {actor.role === "ADMIN" && (
            <>
              <Link href="/staf/pengguna" className="font-medium text-slate-700 hover:text-brand-700">
                Pengguna
              </Link>
              <Link href="/staf/audit" className="font-medium text-slate-700 hover:text-brand-700">
                Jejak audit
              </Link>
            </>
          )}
          <span className="ml-auto text-slate-600" data-testid="signed-in-as">
            {actor.name} · {actor.role === "ADMIN" ? "Panitia" : "Petugas meja"}
          </span>
          <Link href="/staf/kata-sandi" className="text-slate-600 hover:text-brand-700">
            Ganti kata sandi
          </Link>
          <SignOutButton />
        </nav>
      )}
      {children}
    </div>
  );
}
