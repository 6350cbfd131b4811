import type { Metadata } from "next";
import { requireEventPage } from "@/lib/auth/page-access";
import { signingSetup } from "@/lib/commitments/signing-setup";
import { SigningDesk } from "../signing-form";

export const metadata: Metadata = { title: "Catat komitmen" };

type Props = { params: Promise<{ slug: string }> };

export default async function NewCommitmentPage({ params }: Props) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/komitmen/baru`);
  const setup = await signingSetup(event.id);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Catat komitmen transaksi</h1>
      <SigningDesk slug={event.slug} mode={{ kind: "new" }} {...setup} />
    </div>
  );
}
