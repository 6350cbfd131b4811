import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./csp";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it("allows only this site's scripts carrying the request's nonce, and no eval in production", () => {
    const policy = contentSecurityPolicy("abc123", { development: false, pathname: "/staf" });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "form-action")).toBe("form-action 'self'");
    expect(contentSecurityPolicy("n", { development: true, pathname: "/" })).toContain("'unsafe-eval'");
  });

  it("lets no site frame staff pages, and lets the public event pages be framed where configured", () => {
    expect(directive(contentSecurityPolicy("n", { development: false, pathname: "/staf/pengguna" }), "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(contentSecurityPolicy("n", { development: false, pathname: "/masuk" }), "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(contentSecurityPolicy("n", { development: false, pathname: "/e/jatim-kaltim-2025/board" }), "frame-ancestors")).toBe(
      "frame-ancestors 'self'",
    );
    expect(
      directive(contentSecurityPolicy("n", { development: false, pathname: "/e/x", boardFrameAncestors: "'self' https://signage.example" }), "frame-ancestors"),
    ).toBe("frame-ancestors 'self' https://signage.example");
  });

  it("sandboxes an uploaded file (a scanned agreement), and nothing else", () => {
    const sandboxed = (pathname: string) => contentSecurityPolicy("n", { development: false, pathname }).split("; ").includes("sandbox");
    expect(sandboxed("/api/events/latihan-meja/agreements/abc/document")).toBe(true);
    expect(sandboxed("/staf/e/latihan-meja/kerja-sama")).toBe(false);
    expect(sandboxed("/api/events/latihan-meja/commitments/abc/letter")).toBe(false);
  });
});
