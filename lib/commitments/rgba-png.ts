// An RGBA PNG file around pixel rows already filtered and deflated: the signature worker writes its
// redrawn signatures with it (rows in buffers it keeps), and the tests make hostile pictures with it.
import { crc32 } from "node:zlib";

const MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** `deflatedRows`: each row a filter byte and width × RGBA pixels, deflated (the IDAT's data). */
export function rgbaPng(width: number, height: number, deflatedRows: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, no interlace
  return Buffer.concat([MAGIC, chunk("IHDR", header), chunk("IDAT", deflatedRows), chunk("IEND", Buffer.alloc(0))]);
}
