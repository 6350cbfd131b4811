/**
 * Takes the whole HTTP/1.1 chunks ("<size in hex>\r\n<data>\r\n") off the front of `raw`, a body's
 * bytes read as latin1 characters: their data, and what is left (a chunk not yet whole). Used by the
 * stream's test and bench:board's viewers, which read the server's chunks straight off the socket.
 */
export function takeChunks(raw: string): { chunks: string[]; rest: string } {
  const chunks: string[] = [];
  for (;;) {
    const line = raw.indexOf("\r\n");
    if (line < 0) break;
    const size = parseInt(raw.slice(0, line), 16);
    if (raw.length < line + 2 + size + 2) break;
    if (raw.slice(line + 2 + size, line + 4 + size) !== "\r\n") throw new Error(`a chunk of ${size} bytes does not end with CRLF`);
    chunks.push(raw.slice(line + 2, line + 2 + size));
    raw = raw.slice(line + 4 + size);
  }
  return { chunks, rest: raw };
}
