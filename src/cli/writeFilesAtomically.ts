import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from './usageError';

/** Signals that, during the write, are held back until every file is in place (or none is). */
const HELD_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Write every `[file, text]` or none of them; no temporary file survives a failure.
 *
 * 1. Refuse at once a target that is a directory (or anything but a regular file or nothing).
 * 2. Write each text to a temporary file beside its target (`.NAME.PID.RANDOM.tmp`, created
 *    exclusively), so a full disk or a permission error stops here with the targets untouched.
 * 3. Rename into place: each existing target is first renamed to a backup beside it, then the
 *    temporary file onto the target. If any rename fails, every target already replaced gets its
 *    backup back (or is removed if it did not exist) and every temporary file is removed.
 * 4. Remove the backups.
 *
 * SIGINT/SIGTERM/SIGHUP: the whole write is synchronous, so with a listener installed Node delivers
 * the signal only once it is done (all files written) — the listener then ends the process as the
 * signal would have. SIGKILL cannot be held; a temporary file may then stay behind (named as above).
 * Throws a UsageError (`cannot write: …`) when nothing was written.
 */
export function writeFilesAtomically(files: readonly (readonly [string, string])[], fsys: FileOps = fs): void {
  for (const [file] of files) {
    let st: fs.Stats | undefined;
    try {
      st = fsys.lstatSync(file);
    } catch {
      st = undefined; // does not exist (or cannot be seen): the write below says why if it fails
    }
    if (st?.isDirectory()) throw new UsageError(`cannot write ${file}: it is a directory`);
    if (st && !st.isFile() && !st.isSymbolicLink()) throw new UsageError(`cannot write ${file}: not a regular file`);
  }
  const releaseSignals = holdSignals();
  const temps: string[] = [];
  const backups: (string | null)[] = [];
  const placed: number[] = [];
  try {
    try {
      for (const [file, text] of files) {
        const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
        temps.push(tmp); // before writing: a write that fails halfway (disk full) leaves a part to remove
        fsys.writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
      }
      files.forEach(([file], i) => {
        const backup = `${temps[i]}.orig`;
        let hadOriginal = true;
        try {
          fsys.renameSync(file, backup);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
          hadOriginal = false;
        }
        backups.push(hadOriginal ? backup : null);
        fsys.renameSync(temps[i], file);
        placed.push(i);
      });
    } catch (e) {
      rollBack(files, temps, backups, placed, fsys);
      throw new UsageError(`cannot write: ${(e as Error).message}`);
    }
    for (const b of backups) if (b) tryRemove(b, fsys);
  } finally {
    releaseSignals();
  }
}

/** The file operations {@link writeFilesAtomically} uses (tests pass a failing one). */
export type FileOps = Pick<typeof fs, 'lstatSync' | 'writeFileSync' | 'renameSync' | 'rmSync'>;

/** Undo a partial write: restore replaced targets from their backups, remove temporary files. */
function rollBack(files: readonly (readonly [string, string])[], temps: string[], backups: (string | null)[], placed: number[], fsys: FileOps): void {
  for (const i of placed) {
    const backup = backups[i];
    try {
      if (backup) fsys.renameSync(backup, files[i][0]);
      else fsys.rmSync(files[i][0], { force: true });
    } catch {
      // nothing more can be done; the error already reported says what failed first
    }
  }
  // A target renamed to its backup whose temporary file was then not placed: put it back.
  backups.forEach((b, i) => {
    if (b && !placed.includes(i)) {
      try {
        fsys.renameSync(b, files[i][0]);
      } catch {
        // as above
      }
    }
  });
  for (const t of temps) tryRemove(t, fsys);
}

function tryRemove(file: string, fsys: FileOps): void {
  try {
    fsys.rmSync(file, { force: true });
  } catch {
    // best effort
  }
}

/**
 * Install listeners for {@link HELD_SIGNALS} (so Node defers them instead of dying mid-write);
 * returns the release: a signal that arrived meanwhile then ends the process as it would have.
 */
function holdSignals(): () => void {
  const arrived: NodeJS.Signals[] = [];
  const onSignal = (sig: NodeJS.Signals) => arrived.push(sig);
  for (const s of HELD_SIGNALS) process.on(s, onSignal);
  return () => {
    // A signal sent during the write is delivered on the next turn of the event loop: keep the
    // listener until then, and end the process as the signal would have if one came.
    setImmediate(() => {
      for (const s of HELD_SIGNALS) process.removeListener(s, onSignal);
      if (arrived.length > 0) process.kill(process.pid, arrived[0]);
    });
  };
}
