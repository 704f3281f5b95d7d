import { spawnSync } from 'child_process';
import { PYTHON } from './python';

/** What one script did: its stdout, or the exception it raised (`ValueError: …`). */
export type ScriptResult = { stdout: string } | { error: string };

/**
 * Run many self-contained Python scripts (copied code), each in a fresh namespace with its stdout
 * captured, in one python3 process.
 */
export function runPythonScripts(codes: string[]): ScriptResult[] {
  const driver = `
import contextlib, io, json, sys, warnings
warnings.simplefilter('ignore')
out = []
for code in json.load(sys.stdin):
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(code, '<copied>', 'exec'), {'__name__': '__main__'})
        out.append({'stdout': buf.getvalue()})
    except Exception as e:
        out.append({'error': f'{type(e).__name__}: {e}'})
json.dump(out, sys.stdout)`;
  const r = spawnSync(PYTHON, ['-c', driver], { input: JSON.stringify(codes), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr || String(r.error));
  return JSON.parse(r.stdout);
}
