import { spawnSync } from 'child_process';
import * as path from 'path';
import type { Case } from './case';

/** What scripts/fixtures/reference.py returns for one case (`shapes`: each call's result shape). */
export type RefResult = { values: string[]; shapes?: (number[] | null)[] } | { error: string };

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'scripts', 'fixtures', 'reference.py');
export const PYTHON = process.env.PYTHON ?? 'python3';

let available: { python: boolean; numpy: boolean } | undefined;

/** Whether python3 (and NumPy) can be run here; the live comparisons skip themselves otherwise. */
export function referenceAvailable(needNumpy = true): boolean {
  if (!available) {
    const py = spawnSync(PYTHON, ['-c', 'import sys; print(sys.version_info[:2] >= (3, 11))'], { encoding: 'utf8' });
    const np = spawnSync(PYTHON, ['-c', 'import numpy'], { encoding: 'utf8' });
    available = { python: py.status === 0 && py.stdout.trim() === 'True', numpy: np.status === 0 };
  }
  return needNumpy ? available.numpy : available.python;
}

/** Run a Python snippet that reads JSON on stdin and prints JSON (with `exe`, another interpreter). */
export function runPythonJson<T = any>(code: string, input: unknown, exe = PYTHON): T {
  const r = spawnSync(exe, ['-c', code], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout);
}

/** Evaluate cases in real NumPy/Python (one process for the whole batch). */
export function runReference(cases: Case[]): { meta: Record<string, string>; results: RefResult[] } {
  const r = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify({ cases }),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`reference.py failed: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout);
}
