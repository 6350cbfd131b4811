// Runs in a worker thread (lib/workers/run.ts): reads a workbook's first sheet.
import { serveTask } from "@/lib/workers/task";
import { sheetCells } from "./sheet-cells";

serveTask(sheetCells);
