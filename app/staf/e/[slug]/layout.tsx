import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { authorizeForEvent } from "@/lib/auth/authorize";
import { DeskKeeper } from "@/app/_offline/desk-keeper";

// The mission's desk menu. It only decides what to show; each page checks access itself.
export default async function EventDeskLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await authorizeForEvent(slug, "STAFF", { pendingPasswordChange: "allow" });
  if (!access.ok) return children;
  const base = `/staf/e/${slug}`;
  const t = await getTranslations("staff");
  const links = [
    { href: base, label: t("summary") },
    { href: `${base}/check-in`, label: t("checkIn") },
    { href: `${base}/pelaku-usaha`, label: t("businesses") },
    { href: `${base}/pelaku-usaha/baru`, label: t("walkIn") },
    { href: `${base}/lencana`, label: t("badges") },
    { href: `${base}/komitmen`, label: t("commitments") },
    { href: `${base}/komitmen/baru`, label: t("recordCommitment") },
    { href: `${base}/temu-bisnis`, label: t("matching") },
    { href: `${base}/kerja-sama`, label: t("agreements") },
    { href: `${base}/rekap`, label: t("recap") },
    { href: `${base}/ekspor`, label: t("exports") },
    ...(access.actor.role === "ADMIN"
      ? [
          { href: `${base}/impor`, label: t("import") },
          { href: `${base}/pengaturan`, label: t("settings") },
        ]
      : []),
  ];
  return (
    <div className="space-y-5">
      <div className="print:hidden">
        <p className="text-sm font-medium text-brand-700">{access.event.name}</p>
        <nav aria-label={t("eventMenu")} className="mt-2 flex flex-wrap gap-2">
          {links.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700"
            >
              {link.label}
            </Link>
          ))}
        </nav>
      </div>
      <DeskKeeper slug={slug} />
      {access.event.status !== "LIVE" && (
        <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="mission-state">
          {t("missionState", { status: access.event.status })}
        </p>
      )}
      {children}
    </div>
  );
}
