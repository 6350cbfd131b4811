import type { Metadata } from "next";
import { requireEventPage } from "@/lib/auth/page-access";
import { CheckInDesk } from "./check-in-desk";

export const metadata: Metadata = { title: "Check-in" };

type Props = { params: Promise<{ slug: string }> };

export default async function CheckInPage({ params }: Props) {
  const { slug } = await params;
  const { actor, event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/check-in`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Check-in pelaku usaha</h1>
      <CheckInDesk slug={event.slug} defaultDesk={actor.name} />
    </div>
  );
}
