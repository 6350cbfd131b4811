import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BYTES } from "./lib/http/upload-limits.js";

// Indonesian by default, English on request: see lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships its own WebAssembly and data files, @node-rs/bcrypt a native binary: load them from
  // node_modules rather than bundling them.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/bcrypt"],
  poweredByHeader: false,
  typedRoutes: false,
  // forbidden(): a staff page opened with the wrong role answers 403 with app/forbidden.tsx.
  // A scanned agreement (PDF, up to 10 MB) travels with its form: the bodies Next reads for a server
  // action and buffers for proxy.ts take the app's one request limit (lib/http/upload-limits.js).
  // Origins stay the default: only this site may post actions.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: MAX_REQUEST_BYTES }, proxyClientMaxBodySize: MAX_REQUEST_BYTES },
  // Headers that do not change per request; the Content-Security-Policy (with a nonce) is set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // The camera is for scanning badges at the desk; full screen is for the board.
          { key: "Permissions-Policy", value: "camera=(self), fullscreen=(self), microphone=(), geolocation=(), payment=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
