/*
 * Decoders for the numeric tables as the bundles carry them: base64 (no padding) of the values'
 * little-endian bytes. The sources write the tables as literals; the build (scripts/tables/compact_tables.js)
 * rewrites them into calls of these, which run once, when the module loads (the first command).
 * Four characters per step and no copy on little-endian hosts: this runs before V8 has optimized
 * anything, so ~60 kB of tables cost ~2 ms here against ~5 ms for a character-at-a-time loop.
 */

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Uint8Array(256);
for (let i = 0; i < 64; i++) VALUE[DIGITS.charCodeAt(i)] = i;
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** The bytes of base64 text without padding, in a buffer of exactly that length. */
function decodeBuffer(text: string): ArrayBuffer {
  const n = text.length;
  const length = (n * 3) >> 2;
  const bytes = new Uint8Array(Math.ceil(n / 4) * 3);
  const at = (i: number) => (i < n ? VALUE[text.charCodeAt(i)] : 0);
  for (let i = 0, j = 0; i < n; i += 4, j += 3) {
    const w = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    bytes[j] = w >> 16;
    bytes[j + 1] = w >> 8;
    bytes[j + 2] = w;
  }
  return bytes.length === length ? bytes.buffer : bytes.buffer.slice(0, length);
}

export function decodeBytes(text: string): Uint8Array {
  return new Uint8Array(decodeBuffer(text));
}

export function decodeF64(text: string): Float64Array {
  const buffer = decodeBuffer(text);
  if (LITTLE_ENDIAN) return new Float64Array(buffer);
  const view = new DataView(buffer);
  return Float64Array.from({ length: buffer.byteLength >> 3 }, (_, i) => view.getFloat64(8 * i, true));
}

export function decodeU32(text: string): Uint32Array {
  const buffer = decodeBuffer(text);
  if (LITTLE_ENDIAN) return new Uint32Array(buffer);
  const view = new DataView(buffer);
  return Uint32Array.from({ length: buffer.byteLength >> 2 }, (_, i) => view.getUint32(4 * i, true));
}
