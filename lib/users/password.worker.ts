// Runs in a worker thread (lib/workers/run.ts): bcrypt on the thread itself, at the worker threads'
// lower priority (lib/workers/task.ts), not on libuv's pool beside the server's own work.
import { serveTask } from "@/lib/workers/task";
import { runPasswordTask } from "./password-hash";

serveTask(runPasswordTask);
