import { z } from "zod";

export const newUserInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Alamat e-mail tidak sah.")),
  name: z.string().trim().min(2, "Nama minimal 2 huruf.").max(120),
  role: z.enum(["ADMIN", "DESK"], { message: "Peran harus ADMIN (panitia) atau DESK (petugas meja)." }),
  password: z.string().min(10, "Kata sandi minimal 10 karakter.").max(200).optional(),
});
export type NewUserInput = z.input<typeof newUserInput>;
