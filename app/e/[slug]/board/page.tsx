import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { eventTotals, totalsToJson } from "@/lib/totals/queries";
import { LiveBoard } from "./live-board";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const totals = await eventTotals((await params).slug);
  return { title: totals ? `Papan ${totals.event.name}` : "Misi dagang tidak ditemukan" };
}

// The big screen in the hall: public, pushed live, made for a 16:9 projector.
export default async function BoardPage({ params }: Props) {
  await connection();
  const totals = await eventTotals((await params).slug);
  if (!totals) notFound();
  const sides = totals.businesses.map(({ code, shortName, province, role }) => ({ code, shortName, province, role }));
  return <LiveBoard slug={totals.event.slug} initial={totalsToJson(totals)} sides={sides} />;
}
