import { z } from "zod";
import { representativeView } from "@/lib/businesses/representative-access";
import { letterDownload } from "@/lib/commitments/letter-pdf";
import { commitmentDetail } from "@/lib/commitments/queries";
import { publicOrigin } from "@/lib/http/public-origin";
import { fail } from "@/lib/kernel/outcome";
import { publicRoute } from "@/lib/kernel/route";

// A representative's own letter, through their badge's link: the secret in it is the permission.
export const GET = publicRoute(
  { params: z.object({ code: z.string().max(40), id: z.string().max(64) }), query: z.object({ k: z.string().max(200).default("") }) },
  async ({ request, params, query }) => {
    const view = await representativeView(params.code.toUpperCase(), query.k);
    if (!view?.commitments.some((c) => c.id === params.id)) return fail("NOT_FOUND", { what: "letter" });
    const detail = await commitmentDetail(view.business.event.id, params.id);
    if (!detail) return fail("NOT_FOUND", { what: "letter" });
    return letterDownload(detail, publicOrigin(request));
  },
);
