// Reading a scenario or template file defensively: regular files only (a named pipe would block for ever), a size cap
// (the YAML parser needs hundreds of times a file's size on hostile input), and UTF-8 only, with the bad byte's place.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { isUtf8 } from "node:buffer";
import { InputError } from "../model/errors.ts";

/**
 * Far bigger than any real scenario or template (the catalogue's are 1-3 KiB); small enough that hostile YAML stays
 * cheap to parse (256 KiB of `- [` lines: about 2 s and 300 MB; 1 MiB: 9 s and 700 MB).
 */
export const MAX_SOURCE_BYTES = 256 * 1024;

export function describeFileType(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  return "not a regular file";
}

/** A file-system error in words, e.g. for ELOOP "a loop of symbolic links". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT": return "no such file or folder";
    case "ELOOP": return "a loop of symbolic links";
    case "EACCES": case "EPERM": return "permission denied";
    case "ENAMETOOLONG": return "the path is too long";
    case "ENOTDIR": return "a part of the path is not a folder";
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** Reads a text file; every refusal is an InputError naming the file (and for bad bytes the line and column). */
export function readSourceFile(path: string, what = "file"): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked on the open descriptor
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(`cannot read ${what}: ${describeFsError(error)}`, { file: path });
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new InputError(`cannot read ${what}: it is ${describeFileType(stats)}, not a regular file`, { file: path });
    if (stats.size > MAX_SOURCE_BYTES) throw tooBig(path, what, stats.size);
    const buffer = Buffer.alloc(MAX_SOURCE_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_SOURCE_BYTES) throw tooBig(path, what); // it grew since fstat
    return decodeUtf8(buffer.subarray(0, length), path);
  } finally {
    closeSync(fd);
  }
}

function tooBig(path: string, what: string, size?: number): InputError {
  const has = size === undefined ? `more than ${MAX_SOURCE_BYTES}` : String(size);
  return new InputError(`${what} is too big: ${has} bytes, the limit is ${MAX_SOURCE_BYTES} (256 KiB)`, { file: path });
}

export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  const offset = invalidUtf8Offset(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  const line = 1 + bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length;
  const column = 1 + Buffer.from(bytes.subarray(lineStart, offset)).toString("utf8").length;
  const byte = (bytes[offset] ?? 0).toString(16).padStart(2, "0");
  throw new InputError(`not UTF-8: byte 0x${byte} cannot start or continue a character (save the file as UTF-8)`, { file, line, column });
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629), or the length if none. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    const second = bytes[i + 1] ?? 0;
    // overlong forms, UTF-16 surrogates and code points above U+10FFFF
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (length > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
