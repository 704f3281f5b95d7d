/** Two lower-case hex digits for each byte value, as `bytes.hex()` writes them. */
export const BYTE_HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** `b.hex(sep)`: each byte as two lower-case hex digits, joined by `sep`. */
export const hexOf = (b: Uint8Array, sep = ''): string => Array.from(b, (x) => BYTE_HEX[x]).join(sep);
