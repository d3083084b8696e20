/**
 * The one place that opens export files. A file is read in chunks into one reused buffer
 * and handed on as UTF-8: a UTF-8 byte order mark is skipped, a UTF-16 mark (Excel's
 * "Unicode text") or a declared UTF-16 / Windows-1252 encoding is transcoded.
 */
import { closeSync, constants, fstatSync, openSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';
import type { Encoding } from '../mapping/types.js';
import { describeError } from '../../shared/files.js';
import { firstInvalidUtf8 } from '../../shared/utf8.js';
import { sniffFile } from './sniff.js';

export const CHUNK_BYTES = 1 << 20;

/** A file that cannot be read at all: the CLI reports it and exits 2. */
export class SourceError extends Error {
  constructor(
    message: string,
    /** The file as the user named it ('' when the problem is not one file's). */
    readonly file: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

function describe(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      // A link loop, a path too long...: in the words every command uses for them.
      return describeError(e);
  }
}

/**
 * What a path is when it is not a regular file, in words with the way out; undefined for a
 * regular file. A FIFO with no writer would block the read forever, a device (/dev/zero)
 * never end, and a folder cannot be read (issue 13, item 10).
 */
export function notAFile(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'it is a folder, not a file';
  if (stats.isFIFO()) return 'it is a named pipe (FIFO), not a file: save the export to a file and name that';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'it is a device, not a file: save the export to a file and name that';
  if (stats.isSocket()) return 'it is a socket, not a file: save the export to a file and name that';
  return 'it is not a regular file';
}

/**
 * Throws a SourceError unless `path` is a regular file that can be opened, without reading
 * it and without blocking on a FIFO: for commands that check their inputs before starting
 * (`load` checks the exports before it touches the database).
 */
export function checkLeadFile(path: string, display: string): void {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new SourceError(`cannot read ${display}: ${describe(e)}`, display);
  }
  try {
    const kind = notAFile(fstatSync(fd));
    if (kind !== undefined) throw new SourceError(`cannot read ${display}: ${kind}`, display);
  } finally {
    closeSync(fd);
  }
}

/**
 * Where to read next, for a reader of one byte range of a file (a worker thread's share):
 * `jump`, when set, is the offset the next read starts at (then cleared); reading stops at
 * `end`. Without a cursor a file is read whole, from its start.
 */
export interface ReadCursor {
  jump: number | null;
  end: number;
}

/**
 * UTF-8 chunks of a file. `onBytes` hears of every raw byte read (for progress), `onSize`
 * of the file's size once it is open. The yielded chunk is only valid until the next one
 * is asked for: consumers copy it.
 */
export async function* utf8Chunks(
  path: string,
  display: string,
  encoding: Encoding,
  onBytes: (n: number) => void,
  chunkBytes = CHUNK_BYTES,
  onSize?: (bytes: number) => void,
  cursor?: ReadCursor,
): AsyncGenerator<Uint8Array> {
  let handle: FileHandle;
  try {
    // Non-blocking: opening a FIFO without a writer would otherwise wait forever. It makes
    // no difference to a regular file, the only kind read (notAFile).
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new SourceError(`cannot read ${display}: ${describe(e)}`, display);
  }
  try {
    const stats = await handle.stat();
    const kind = notAFile(stats);
    if (kind !== undefined) throw new SourceError(`cannot read ${display}: ${kind}`, display);
    if (onSize) onSize(stats.size);
  } catch (e) {
    await handle.close();
    throw e instanceof SourceError ? e : new SourceError(`cannot read ${display}: ${describe(e)}`, display);
  }
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    let decoder: TextDecoder | undefined;
    let first = true;
    const endings = new LineEndings();
    let utf8Check: Utf8Check | undefined;
    let position = 0;
    for (;;) {
      let bytesRead: number;
      let want = chunkBytes;
      if (cursor) {
        if (cursor.jump !== null) {
          position = cursor.jump;
          cursor.jump = null;
        }
        want = Math.min(chunkBytes, cursor.end - position);
        if (want <= 0) break;
      }
      try {
        ({ bytesRead } = await handle.read(buffer, 0, want, cursor ? position : null));
        position += bytesRead;
      } catch (e) {
        throw new SourceError(`cannot read ${display}: ${describe(e)}`, display);
      }
      if (bytesRead === 0) break;
      onBytes(bytesRead);
      let bytes = buffer.subarray(0, bytesRead);
      if (first) {
        const problem = sniffFile(bytes, encoding);
        if (problem !== undefined) throw new SourceError(`${display} ${problem}`, display);
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
        else if (bytes[0] === 0xff && bytes[1] === 0xfe) decoder = new TextDecoder('utf-16le');
        else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoder = new TextDecoder('utf-16be');
        else if (encoding !== 'utf-8') decoder = new TextDecoder(encoding);
        if (decoder === undefined) utf8Check = new Utf8Check(display, position - bytes.length);
      }
      first = false;
      utf8Check?.feed(bytes, false);
      // Ours to change: a slice of the reused buffer, or a fresh transcoding.
      const utf8 = endings.apply(decoder ? Buffer.from(decoder.decode(bytes, { stream: true }), 'utf8') : bytes);
      if (utf8.length > 0) yield utf8;
    }
    utf8Check?.feed(Buffer.alloc(0), true);
    const rest = endings.apply(decoder ? Buffer.from(decoder.decode(), 'utf8') : Buffer.alloc(0), true);
    if (rest.length > 0) yield rest;
  } finally {
    await handle.close();
  }
}

/**
 * That a file read as UTF-8 is UTF-8. A CSV saved by Excel on Windows ("CSV (comma
 * delimited)") is Windows-1252: read as UTF-8, "José Núñez" became "Jos� N��ez" and two ids
 * that differ in an accented letter became one duplicate, without a word. `isUtf8` checks a
 * chunk at memory speed; a character cut by the chunk's end is checked with the next.
 */
class Utf8Check {
  private carry: Buffer = Buffer.alloc(0);

  constructor(
    private readonly display: string,
    /** The file offset of the first byte fed. */
    private offset: number,
  ) {}

  feed(bytes: Buffer, final: boolean): void {
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, bytes]) : bytes;
    const end = final ? data.length : completeEnd(data);
    const body = data.subarray(0, end);
    if (!isUtf8(body)) {
      const at = firstInvalidUtf8(body);
      const around = body
        .subarray(Math.max(0, at - 20), Math.min(body.length, at + 20))
        .toString('latin1')
        .replace(/[\r\n]+/g, ' ');
      throw new SourceError(
        `${this.display} is not UTF-8 text: byte ${(this.offset + at).toLocaleString('en-US')} (in "${around}") is not a UTF-8 character, as in a file Excel on Windows saves as "CSV (comma delimited)": ` +
          'save it as "CSV UTF-8 (comma delimited)", or read it as it is with a mapping file that says csv: { encoding: windows-1252 } (it may extend a preset: extends: hubspot)',
        this.display,
      );
    }
    this.offset += end;
    this.carry = Buffer.from(data.subarray(end));
  }
}

/** Where the last complete UTF-8 character of `data` ends: a sequence cut by the end waits for the next bytes. */
function completeEnd(data: Buffer): number {
  const n = data.length;
  for (let i = n - 1; i >= Math.max(0, n - 4); i--) {
    const b = data[i] as number;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return i + length > n ? i : n;
    }
  }
  return n;
}

/**
 * Line endings: a file whose first line break is a lone CR (classic Mac OS, Excel's "CSV
 * (Macintosh)") is read with every CR as an LF. The readers frame records on LF and drop
 * the CR of a CRLF, so such a file would otherwise be one long header line ("0 rows").
 * The first line break decides; a CR that ends a chunk waits for the next byte.
 */
class LineEndings {
  private mode: 'unknown' | 'cr' | 'lf' = 'unknown';
  /** A CR held back from the end of the last chunk, while the mode is unknown. */
  private held = false;

  apply(bytes: Buffer, final = false): Buffer {
    let out = bytes;
    if (this.held) {
      this.held = false;
      this.mode = bytes.length === 0 || bytes[0] === 10 ? 'lf' : 'cr';
      out = Buffer.concat([Buffer.of(13), bytes]); // once a file at most
    }
    if (this.mode === 'unknown') {
      const cr = out.indexOf(13);
      const lf = out.indexOf(10);
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        if (cr + 1 < out.length) this.mode = out[cr + 1] === 10 ? 'lf' : 'cr';
        else if (final) this.mode = 'cr';
        else {
          this.held = true;
          return out.subarray(0, cr);
        }
      } else if (lf >= 0) this.mode = 'lf';
    }
    if (this.mode === 'cr') for (let i = out.indexOf(13); i >= 0; i = out.indexOf(13, i + 1)) out[i] = 10;
    return out;
  }
}
