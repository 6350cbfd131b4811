import { describe, expect, it } from "vitest";
import { configuredPublicUrl, originFrom } from "./public-origin";

describe("the public address on letters and badges", () => {
  const request = new Headers({ host: "127.0.0.1:4101" });
  const env = (values: Record<string, string>) => ({ NODE_ENV: "production", ...values }) as NodeJS.ProcessEnv;
  it("is PUBLIC_URL, then NEXTAUTH_URL, then what the request came to", () => {
    expect(originFrom(request, env({ PUBLIC_URL: "https://misi.jatimprov.go.id/", NEXTAUTH_URL: "https://lain.example" }))).toBe(
      "https://misi.jatimprov.go.id",
    );
    expect(originFrom(request, env({ NEXTAUTH_URL: "https://misi.example/app" }))).toBe("https://misi.example");
    expect(originFrom(request, env({}))).toBe("http://127.0.0.1:4101");
    expect(configuredPublicUrl(env({}))).toBeNull();
  });

  it("ignores spaces around a configured address, and an address that is only spaces", () => {
    expect(configuredPublicUrl(env({ PUBLIC_URL: "  https://misi.example/x  " }))).toBe("https://misi.example");
    expect(configuredPublicUrl(env({ PUBLIC_URL: "   ", NEXTAUTH_URL: " https://auth.example " }))).toBe("https://auth.example");
  });

  it("behind a proxy, the host and the first protocol it forwards", () => {
    const proxied = new Headers({ host: "127.0.0.1:4101", "x-forwarded-host": "misi.example", "x-forwarded-proto": " https , http" });
    expect(originFrom(proxied, env({}))).toBe("https://misi.example");
    expect(originFrom(new Headers({ host: "misi.example", "x-forwarded-proto": "https" }), env({}))).toBe("https://misi.example");
    expect(originFrom(new Headers(), env({}))).toBe("http://localhost:3000");
  });
});
