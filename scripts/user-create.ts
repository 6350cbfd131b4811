// npm run user:create -- --email panitia@jatimprov.go.id --name "Nama Panitia" [--role ADMIN|DESK] [--event <slug> ...]
// Creates a staff account on DATABASE_URL (or the embedded database); the first organizer of a real
// deployment is made this way. Prints a one-time password, to be changed at first sign-in, unless
// PASSWORD is set in the environment.
import { describeFailure } from "@/lib/kernel/translate";
import { parseArgs } from "node:util";
import { prepareDatabase } from "../lib/boot";
import { disconnectDatabase, getDb } from "../lib/db/client";
import { createUser } from "../lib/users/create-user";

const USAGE = 'Pakai: npm run user:create -- --email <e-mail> --name "<nama>" [--role ADMIN|DESK] [--event <slug-misi-dagang> ...]';
const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "ADMIN" },
    event: { type: "string", multiple: true, default: [] },
  },
});

try {
  await prepareDatabase({ demoOnNewEmbedded: false });
  const db = await getDb();
  const events = await db.event.findMany({ where: { slug: { in: values.event } }, select: { id: true, slug: true } });
  const unknown = values.event.filter((slug) => !events.some((e) => e.slug === slug));
  if (unknown.length > 0) {
    await disconnectDatabase();
    console.error(`--event: misi dagang tidak ditemukan: ${unknown.join(", ")}`);
    process.exit(2);
  }
  const result = await createUser(
    {
      email: values.email ?? "",
      name: values.name ?? "",
      role: values.role as "ADMIN" | "DESK",
      password: process.env.PASSWORD || undefined,
      eventIds: events.map((e) => e.id),
    },
    { id: null, userAgent: "scripts/user-create" },
  );
  await disconnectDatabase();
  if (!result.ok) {
    const refused = describeFailure(result, "id");
    for (const [field, messages] of Object.entries(refused.fieldErrors ?? {}))
      console.error(`--${field === "eventIds" ? "event" : field}: ${messages.join(" ")}`);
    if (!refused.fieldErrors) console.error(refused.message);
    console.error(USAGE);
    process.exit(2);
  }
  console.log(`Akun ${result.data.role} dibuat: ${result.data.email} (${result.data.name})`);
  if (result.data.generated) console.log(`Kata sandi sekali pakai (tidak ditampilkan lagi; diganti saat pertama masuk): ${result.data.password}`);
} catch (error) {
  console.error(`Akun tidak dibuat: ${(error as Error).message}`);
  process.exit(1);
}
