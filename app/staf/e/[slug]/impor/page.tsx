import type { Metadata } from "next";
import { requireEventPage } from "@/lib/auth/page-access";
import { eventSides } from "@/lib/businesses/queries";
import { ImportWizard } from "./import-wizard";

export const metadata: Metadata = { title: "Impor daftar pelaku usaha" };

type Props = { params: Promise<{ slug: string }> };

export default async function ImportPage({ params }: Props) {
  const { slug } = await params;
  const { event } = await requireEventPage(slug, "ADMIN", `/staf/e/${slug}/impor`);
  const setup = await eventSides(event.id);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Impor daftar pelaku usaha</h1>
      <p className="max-w-3xl text-slate-600">
        Unggah daftar pra-daftar per provinsi (.xlsx atau .csv). Periksa pratinjau: setiap baris yang bermasalah disebut alasannya. Tidak ada yang disimpan sampai Anda menekan <em>Impor</em>, lalu semua baris yang sah disimpan
        sekaligus, atau tidak sama sekali.{" "}
        <a href={`/api/events/${event.slug}/businesses/import/template`} className="font-medium text-brand-700 underline">
          Unduh templat .xlsx
        </a>{" "}
        ·{" "}
        <a href={`/api/events/${event.slug}/businesses/import/template?format=csv`} className="font-medium text-brand-700 underline">
          templat .csv
        </a>
      </p>
      <ImportWizard slug={event.slug} sides={setup.sides.map(({ code, shortName, province }) => ({ code, shortName, province }))} />
    </div>
  );
}
