import Link from "next/link";
import { authorizeForEvent } from "@/lib/auth/authorize";

// The mission's desk menu. It only decides what to show; each page checks access itself.
export default async function EventDeskLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await authorizeForEvent(slug, "STAFF");
  if (!access.ok) return children;
  const base = `/staf/e/${slug}`;
  const links = [
    { href: base, label: "Ringkasan" },
    { href: `${base}/check-in`, label: "Check-in" },
    { href: `${base}/pelaku-usaha`, label: "Pelaku usaha" },
    { href: `${base}/pelaku-usaha/baru`, label: "Daftar di tempat" },
    { href: `${base}/lencana`, label: "Lencana" },
    { href: `${base}/komitmen`, label: "Komitmen" },
    { href: `${base}/komitmen/baru`, label: "Catat komitmen" },
    { href: `${base}/kerja-sama`, label: "Kerja sama OPD" },
    ...(access.actor.role === "ADMIN"
      ? [
          { href: `${base}/impor`, label: "Impor daftar" },
          { href: `${base}/pengaturan`, label: "Pengaturan" },
        ]
      : []),
  ];
  return (
    <div className="space-y-5">
      <div className="print:hidden">
        <p className="text-sm font-medium text-brand-700">{access.event.name}</p>
        <nav aria-label="Menu meja" className="mt-2 flex flex-wrap gap-2">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700">
              {link.label}
            </Link>
          ))}
        </nav>
      </div>
      {children}
    </div>
  );
}
