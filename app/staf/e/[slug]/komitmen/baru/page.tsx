import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireEventPage } from "@/lib/auth/page-access";
import { signingSetup } from "@/lib/commitments/signing-setup";
import { meetingDetail } from "@/lib/matching/queries";
import { SigningDesk } from "../signing-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signing"))("title") };
}

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ pertemuan?: string }> };

// "Catat komitmen" from a held meeting of the business matching (?pertemuan=…) opens the form with
// both parties and what they matched on filled in; the commitment keeps the link to its meeting.
export default async function NewCommitmentPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { pertemuan } = await searchParams;
  const { event } = await requireEventPage(slug, "STAFF", `/staf/e/${slug}/komitmen/baru`);
  const [setup, meeting, t, tm] = await Promise.all([
    signingSetup(event.id),
    pertemuan ? meetingDetail(event.id, pertemuan.slice(0, 64)) : Promise.resolve(null),
    getTranslations("signing"),
    getTranslations("matching"),
  ]);
  const fromMeeting =
    meeting?.status === "HELD"
      ? {
          meetingId: meeting.id,
          initial: {
            visiting: { id: meeting.visitingBusiness.id, name: meeting.visitingBusiness.name, representative: meeting.visitingBusiness.representative },
            host: { id: meeting.hostBusiness.id, name: meeting.hostBusiness.name, representative: meeting.hostBusiness.representative },
            category: meeting.category,
            commodity: meeting.commodity,
            sector: meeting.sector,
            quantity: "",
            unit: meeting.visitingLine?.unit ?? "",
            instrument: "MOU" as const,
            value: "",
            recurrence: "ONE_OFF" as const,
            recurrenceYears: "",
          },
        }
      : undefined;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {fromMeeting && meeting?.round && meeting.table && (
        <p role="note" className="rounded-md bg-sky-50 px-3 py-2 text-sky-900" data-testid="from-meeting">
          {tm("fromMeeting", { round: meeting.round.number, table: meeting.table.number })}
        </p>
      )}
      {pertemuan && !fromMeeting && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-amber-900">
          {tm(meeting ? "meetingNotHeldYet" : "meetingMissing")}
        </p>
      )}
      <SigningDesk slug={event.slug} mode={{ kind: "new", fromMeeting }} {...setup} />
    </div>
  );
}
