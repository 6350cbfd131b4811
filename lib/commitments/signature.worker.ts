// Runs in a worker thread (lib/workers/run.ts): redraws a signature at the stored size.
import { serveTask } from "@/lib/workers/task";
import { redrawSignature } from "./signature-redraw";

serveTask(redrawSignature);
