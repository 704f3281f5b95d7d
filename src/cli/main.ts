import * as fs from 'fs';
import { runCli } from './runCli';

/** Write all of `s` to a file descriptor, synchronously, so output order and exit codes are exact. */
function write(fd: number, s: string | Uint8Array): void {
  const buf = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
  for (let off = 0; off < buf.length; ) {
    try {
      off += fs.writeSync(fd, buf, off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(0); // `seeded-random … | head` is fine
      if (code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); // pipe full: wait, retry
    }
  }
}

process.exitCode = runCli(
  process.argv.slice(2),
  process.cwd(),
  (s) => write(1, s),
  (s) => write(2, s),
  (b) => write(1, b),
);
