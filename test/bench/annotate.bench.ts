import { annotatePython } from '../../src/core/annotate/annotate';
import { ProgramAnnotator } from '../../src/core/annotate/programAnnotator';
import { parsePython } from '../../src/core/annotate/pythonTree';
import { printTable, timeOurs, timePython, type Row } from './numpyTiming';

/**
 * `annotate` on a 5,000-line Python file (BENCH_LINES to change): parsing, a full evaluation, and
 * re-evaluation after a one-character edit near the end, in the middle and at the top (what the
 * editor does per keystroke, through ProgramAnnotator's snapshots and Lezer's incremental parse).
 * The reference is python3 running the same file (imports, seeding and every call). Not a test.
 */
const LINES = Number(process.env.BENCH_LINES ?? 5000);

/** A deterministic file in the seed-explainer style: seeds, draws, loops, functions, plain code. */
function makeFile(lines: number): string {
  let x = 12345;
  const rand = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const calls = [
    'np.random.randint(1, 10, size=5)',
    'np.random.random()',
    'rng.integers(0, 100, 3)',
    'rng.standard_exponential()',
    'random.triangular(0, 10, 3)',
    'random.randint(1, 6)',
    'rng.normal(0, 1, size=(2, 3))',
    'np.random.permutation(10)',
  ];
  const out = ['import numpy as np', 'import random', 'np.random.seed(101)', 'rng = np.random.default_rng(7)', 'random.seed(5)', 'deck = list(range(20))'];
  while (out.length < lines) {
    const r = rand();
    const pick = calls[Math.floor(rand() * calls.length)];
    const i = out.length;
    if (r < 0.05) out.push(`def f${i}(a, b):`, '    c = a + b', '    return c * 2', '');
    else if (r < 0.1) out.push('for _ in range(3):', `    x${i} = ${pick}`);
    else if (r < 0.13) out.push('random.shuffle(deck)');
    else if (r < 0.4) out.push(`v${i} = ${pick}`);
    else out.push(`y${i} = [${i}, ${i + 1}, 'text', ${i * 0.5}]  # a comment`);
  }
  return out.slice(0, lines).join('\n') + '\n';
}

const file = makeFile(LINES);
const calls = annotatePython(file, { timeBudgetMs: 600_000 }).calls.length;
const budget = { timeBudgetMs: 600_000 };

/** A one-character edit at `frac` of the file, re-evaluated by an annotator that has seen the file. */
function editAt(frac: number): () => unknown {
  const at = file.indexOf('\n', Math.floor(file.length * frac));
  const edited = file.slice(0, at) + ' ' + file.slice(at);
  return () => {
    const a = new ProgramAnnotator();
    a.update([file], budget);
    const cpu = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const t0 = cpu();
    a.update([edited], budget);
    return cpu() - t0;
  };
}

/** Median seconds of the re-evaluation alone (the annotator's first full run is set-up, not timed). */
function timeEdit(frac: number): number {
  const run = editAt(frac);
  const ts = Array.from({ length: 5 }, () => run() as number).sort((a, b) => a - b);
  return ts[2] / 1000;
}

const rows: Row[] = [
  { name: `parse ${LINES} lines (@lezer/python)`, count: LINES, ours: timeOurs(() => parsePython(file)), theirs: null },
  { name: `parse + evaluate ${LINES} lines (${calls} calls)`, count: LINES, ours: timeOurs(() => annotatePython(file, budget)), theirs: null },
  { name: 're-evaluate after an edit at 90%', count: LINES, ours: timeEdit(0.9), theirs: null },
  { name: 're-evaluate after an edit at 50%', count: LINES, ours: timeEdit(0.5), theirs: null },
  { name: 're-evaluate after an edit at 1%', count: LINES, ours: timeEdit(0.01), theirs: null },
];
const py = timePython(`src = ${JSON.stringify(file)}\ncode = compile(src, 'bench.py', 'exec')`, { run: 'exec(code, {"__name__": "__main__"})' });
rows[1].theirs = py.run;
printTable(`annotate: a ${LINES}-line file (lines/s; the reference runs the file in python3; edit rows: the re-evaluation alone, CPU time)`, 'python3', rows);
