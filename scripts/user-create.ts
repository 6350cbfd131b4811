// npm run user:create -- --email panitia@jatimprov.go.id --name "Nama Panitia" [--role ADMIN|DESK]
// Creates a staff account on DATABASE_URL (or the embedded database); the first organizer of a real
// deployment is made this way. Prints a one-time password unless PASSWORD is set in the environment.
import { parseArgs } from "node:util";
import { connectDatabase, disconnectDatabase } from "../lib/db/client";
import { createUser } from "../lib/users/create-user";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "ADMIN" } } });

try {
  const { db } = await connectDatabase();
  const result = await createUser(db, { email: values.email ?? "", name: values.name ?? "", role: values.role as "ADMIN" | "DESK", password: process.env.PASSWORD || undefined }, { id: null, userAgent: "scripts/user-create" });
  await disconnectDatabase();
  if (!result.ok) {
    for (const [field, messages] of Object.entries(result.fieldErrors)) console.error(`--${field}: ${messages?.join(" ")}`);
    console.error('Pakai: npm run user:create -- --email <e-mail> --name "<nama>" [--role ADMIN|DESK]');
    process.exit(2);
  }
  console.log(`Akun ${result.user.role} dibuat: ${result.user.email} (${result.user.name})`);
  if (result.generated) console.log(`Kata sandi sekali pakai (tidak ditampilkan lagi): ${result.password}`);
} catch (error) {
  console.error(`Akun tidak dibuat: ${(error as Error).message}`);
  process.exit(1);
}
