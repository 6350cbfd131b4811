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
});
