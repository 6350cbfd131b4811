import type { Metadata } from "next";
import { requireEventPage } from "@/lib/auth/page-access";
import { eventSides } from "@/lib/businesses/queries";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Pengaturan misi dagang" };

type Props = { params: Promise<{ slug: string }> };

export default async function SetupPage({ params }: Props) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "ADMIN", `/staf/e/${slug}/pengaturan`);
  const setup = await eventSides(event.id);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Pengaturan meja registrasi</h1>
      <SetupForm slug={event.slug} sectors={setup.sectors} sides={setup.sides} />
    </div>
  );
}
