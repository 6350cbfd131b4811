import NextAuth from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth/options";
import { publicRoute } from "@/lib/kernel/route";

// next-auth's endpoints: CSRF token, session, sign-in (credentials, with lockout) and sign-out. Through
// the kernel like every route: a sign-in or sign-out posted from another site is refused before them.
const handler = NextAuth(authOptions);
const nextauthParams = z.object({ nextauth: z.array(z.string().max(100)).max(5) });

export const GET = publicRoute({ params: nextauthParams }, ({ request, params }) => handler(request, { params: Promise.resolve(params) }));
export const POST = publicRoute({ params: nextauthParams }, ({ request, params }) => handler(request, { params: Promise.resolve(params) }));
