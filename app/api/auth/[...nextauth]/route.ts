import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { z } from "zod";
import { AUTH_FORM_MAX_BYTES, refusalUrl } from "@/lib/auth/auth-form";
import { authOptions } from "@/lib/auth/options";
import { failureResponse } from "@/lib/kernel/http";
import { bodyWithin, publicRoute } from "@/lib/kernel/route";

// next-auth's endpoints: CSRF token, session, sign-in (credentials, with lockout) and sign-out. Through
// the kernel like every route: a sign-in or sign-out posted from another site is refused before them,
// and so is a form over its budget, which next-auth would read whole.
const handler = NextAuth(authOptions);
const nextauthParams = z.object({ nextauth: z.array(z.string().max(100)).max(5) });

export const GET = publicRoute({ params: nextauthParams }, ({ request, params }) => handler(request, { params: Promise.resolve(params) }));
export const POST = publicRoute({ params: nextauthParams }, async ({ request, params, locale }) => {
  const body = await bodyWithin(request, AUTH_FORM_MAX_BYTES);
  if (!body.ok) return failureResponse(body, locale, { more: { url: refusalUrl(new URL(request.url).origin, "TOO_LARGE") } });
  // The bytes counted are the bytes next-auth reads.
  const counted = new NextRequest(request.url, { method: "POST", headers: request.headers, body: body.bytes as BodyInit });
  return handler(counted, { params: Promise.resolve(params) });
});
