// Runs in a worker thread (lib/workers/run.ts): drawing a letter embeds and compresses both signatures.
import { serveTask } from "@/lib/workers/task";
import { letterPdf, type LetterWithSignatures } from "./letter-pdf";

serveTask(({ letter, verifyUrl }: { letter: LetterWithSignatures; verifyUrl: string }) => letterPdf(letter, verifyUrl));
