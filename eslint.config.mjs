import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { id, ...rest } = row` is how a field is left out.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
      // No import loops anywhere: a module never needs, through others, what needs it.
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
    // Packages and the generated Prisma client cannot import our modules back: not parsed for it.
    settings: { "import/ignore": ["node_modules", "lib/generated"] },
  },
  {
    // Routes and components reach data through lib/'s domain modules, never the database client.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db/client", message: "Call a domain module in lib/ instead." },
            { name: "@/lib/generated/prisma/client", message: "Call a domain module in lib/ instead (types: @/lib/generated/prisma/enums)." },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    ".data/**",
    "reports/**",
    ".stryker-tmp/**",
  ]),
]);
