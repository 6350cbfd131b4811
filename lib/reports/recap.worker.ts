// Runs in a worker thread (lib/workers/run.ts): drawing the recap lays out every page of it.
import type { Locale } from "@/lib/i18n/locale";
import { serveTask } from "@/lib/workers/task";
import { recapPdf } from "./recap-pdf";
import type { Recap } from "./recap";

serveTask(({ recap, locale }: { recap: Recap; locale: Locale }) => recapPdf(recap, locale));
