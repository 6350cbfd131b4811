import "next-auth";
import "next-auth/jwt";

// The session carries only who signed in and which version of their sessions it belongs to; the role
// and everything else are read from the database on every request.
declare module "next-auth" {
  interface User {
    id: string;
    sessionVersion: number;
  }
  interface Session {
    userId: string;
    sessionVersion: number;
    /** This session's own id, set at sign-in: signing out ends it (lib/auth/sessions.ts). */
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
    sid?: string;
  }
}
