import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's endpoints: CSRF token, session, sign-in (credentials, with lockout) and sign-out.
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
