// Runs in a worker thread (lib/workers/run.ts): pdf-lib parses the whole file at once.
import { serveTask } from "@/lib/workers/task";
import { pdfVerdict } from "./pdf-safety";

serveTask(pdfVerdict);
