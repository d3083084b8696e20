/**
 * Where bytes stop being UTF-8 text. Node reads a file "as utf8" by putting U+FFFD in place
 * of every byte that is not, without a word; the readers check first (`isUtf8`, at memory
 * speed) and come here, the slow way, only to say where.
 */
import { isUtf8 } from 'node:buffer';

/** The offset of the first byte of `data` that does not start or continue a UTF-8 character; `data.length` when there is none. */
export function firstInvalidUtf8(data: Uint8Array): number {
  for (let i = 0; i < data.length;) {
    const b = data[i] as number;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > data.length || !isUtf8(data.subarray(i, i + length))) return i;
    i += length;
  }
  return data.length;
}

/** Line and column (1-based, in characters) of byte `offset` of `data`, whose bytes before it are UTF-8. */
export function positionOfByte(data: Uint8Array, offset: number): { line: number; column: number } {
  const before = Buffer.from(data.buffer, data.byteOffset, Math.min(offset, data.byteLength)).toString('utf8');
  const lines = before.split('\n');
  return { line: lines.length, column: Array.from(lines[lines.length - 1] ?? '').length + 1 };
}
