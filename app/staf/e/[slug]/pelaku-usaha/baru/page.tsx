import type { Metadata } from "next";
import { requireEventPage } from "@/lib/auth/page-access";
import { eventSides } from "@/lib/businesses/queries";
import { WalkInForm } from "./walk-in-form";

export const metadata: Metadata = { title: "Daftar di tempat" };

type Props = { params: Promise<{ slug: string }> };

export default async function WalkInPage({ params }: Props) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/pelaku-usaha/baru`);
  const setup = await eventSides(event.id);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">Pendaftaran di tempat</h1>
      <p className="text-slate-600">Untuk pelaku usaha yang datang tanpa pra-daftar. Periksa dulu dengan pencarian di meja check-in agar tidak terdaftar dua kali.</p>
      <WalkInForm slug={event.slug} sides={setup.sides} sectors={setup.sectors} canOverrideQuota={actor.role === "ADMIN"} />
    </div>
  );
}
