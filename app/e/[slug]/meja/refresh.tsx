"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** The hall screen reads the schedule again every so often: rounds turn over on the clock, and tables are published during the day. */
export function Refresh({ everyMs }: { everyMs: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
