import type { EngineName } from '../../src/core/callSpec';
import { runCall } from '../../src/core/run';
import type { Case } from './case';
import { CaseGen } from './caseGen';

/**
 * Random Python scripts for the annotate differential test: imports under random aliases,
 * several seeds and streams interleaved (the NumPy and Python global streams, `default_rng`,
 * `Generator(PCG64(…))`, `RandomState`, `random.Random`), calls from every engine's table drawn
 * by the per-engine case generators (test/cases/*.ts: shapes, shuffles, every method), names
 * bound to constants and to results of earlier calls, `for` loops of constant count, an
 * `if __name__ == "__main__":` block, and notebooks (the same statements split into cells).
 */
export interface RandomScript {
  /** The Python source (for a notebook, the cells joined, for reading). */
  source: string;
  /** Code cells when the script is a notebook. */
  cells?: string[];
  /** How many random calls were written (each call site once). */
  callSites: number;
}

type CaseSource = (rand: () => number, count: number) => Case[];

interface StreamRef {
  engine: EngineName;
  /** The expression a call is written on (`np.random`, `rng2`, `rnd`), or '' for a bare imported function. */
  prefix: string;
}

class Gen extends CaseGen {
  seed(): string {
    return String(this.int(0, 2 ** 31));
  }
}

/** Calls of `engine` that our engine runs without error for some seed (error cases would end the script). */
function validCalls(engine: EngineName, cases: Case[]): string[] {
  return cases
    .map((c) => c.call)
    .filter((call) => {
      try {
        runCall(engine, engine === 'python' ? '1' : '1', call);
        return true;
      } catch {
        return false;
      }
    });
}

export function randomScript(rand: () => number, caseSources: Record<EngineName, CaseSource>, notebook: boolean): RandomScript {
  const g = new Gen(rand);
  const pool: Record<EngineName, string[]> = {
    numpy: validCalls('numpy', caseSources.numpy(rand, 40)),
    python: validCalls('python', caseSources.python(rand, 40)),
    'numpy-generator': validCalls('numpy-generator', caseSources['numpy-generator'](rand, 40)),
  };
  const np = g.pick(['np', 'numpy', 'N']);
  const rnd = g.pick(['random', 'rnd']);
  const lines: string[] = [
    np === 'numpy' ? 'import numpy' : `import numpy as ${np}`,
    rnd === 'random' ? 'import random' : `import random as ${rnd}`,
    'from numpy.random import default_rng, Generator, PCG64',
    'import numpy.random as npr',
  ];
  const streams: StreamRef[] = [];
  let callSites = 0;
  let names = 0;
  const arrays: { name: string; engine: EngineName }[] = [];

  const seedStream = (): string => {
    const s = g.seed();
    switch (g.int(0, 6)) {
      case 0:
        streams.push({ engine: 'numpy', prefix: g.pick([`${np}.random`, 'npr']) });
        return `${g.pick([`${np}.random`, 'npr'])}.seed(${s})`;
      case 1:
        streams.push({ engine: 'python', prefix: rnd });
        return `${rnd}.seed(${s})`;
      case 2: {
        const name = `rng${streams.length}`;
        streams.push({ engine: 'numpy-generator', prefix: name });
        return `${name} = ${g.pick([`default_rng(${s})`, `${np}.random.default_rng(${s})`, `Generator(PCG64(${s}))`])}`;
      }
      case 3: {
        const name = `rs${streams.length}`;
        streams.push({ engine: 'numpy', prefix: name });
        return `${name} = ${g.pick([`${np}.random.RandomState(${s})`, `npr.RandomState(${s})`])}`;
      }
      case 4: {
        const name = `r${streams.length}`;
        streams.push({ engine: 'python', prefix: name });
        return `${name} = ${rnd}.Random(${s})`;
      }
      default: {
        const seedName = `seed${names++}`;
        const name = `gen${streams.length}`;
        streams.push({ engine: 'numpy-generator', prefix: name });
        return `${seedName} = ${s}\n${name} = default_rng(${seedName})`;
      }
    }
  };

  /** One random call on a seeded stream, sometimes bound to a name, sometimes using a bound name. */
  const call = (indent: string): string => {
    const st = g.pick(streams);
    callSites++;
    const choices = pool[st.engine];
    if (arrays.length > 0 && g.chance(0.15)) {
      const a = g.pick(arrays);
      const method = st.engine === 'python' ? 'choice' : g.pick(['choice', 'permutation']);
      return `${indent}${st.prefix}.${method}(${a.name})`;
    }
    if (g.chance(0.15)) {
      const n = `n${names++}`;
      const k = g.int(1, 6);
      const text =
        st.engine === 'python'
          ? `${st.prefix}.sample(range(20), ${n})`
          : st.engine === 'numpy'
            ? `${st.prefix}.randint(0, 100, size=${n})`
            : `${st.prefix}.integers(0, 100, size=${n})`;
      return `${indent}${n} = ${k}\n${indent}${text}`;
    }
    if (g.chance(0.12)) {
      const name = `deck${names++}`;
      const items = Array.from({ length: g.int(2, 9) }, (_, i) => String(i * g.int(1, 3)));
      // NumPy engines also shuffle ndarrays: 1-d, or 2-d whose rows move whole
      const deck =
        st.engine === 'python' || g.chance(0.5)
          ? `[${items.join(', ')}]`
          : g.chance(0.5)
            ? `${np}.array([${items.join(', ')}])`
            : `${np}.array([${items.map((v) => `[${v}, ${v} + 1]`).join(', ')}])`;
      return `${indent}${name} = ${deck}\n${indent}${st.prefix}.shuffle(${name})`;
    }
    const text = choices.length > 0 ? g.pick(choices) : 'random()';
    if (g.chance(0.25)) {
      const name = `x${names++}`;
      if (st.engine !== 'python' && /size=[1-9]/.test(text)) arrays.push({ name, engine: st.engine });
      return `${indent}${name} = ${st.prefix}.${text}`;
    }
    return `${indent}${st.prefix}.${text}`;
  };

  const body: string[] = [];
  body.push(seedStream());
  const statements = g.int(6, 16);
  for (let i = 0; i < statements; i++) {
    const roll = g.rand();
    if (roll < 0.15) body.push(seedStream());
    else if (roll < 0.25) {
      const k = g.int(0, 3);
      const inner = Array.from({ length: g.int(1, 2) }, () => call('    '));
      body.push(`for _ in range(${g.chance(0.5) ? k : `${k}`}):\n${inner.join('\n')}`);
    } else body.push(call(''));
  }
  if (g.chance(0.3)) {
    const main = body.splice(Math.floor(body.length / 2));
    body.push(`if __name__ == "__main__":\n${main.map((s) => s.split('\n').map((l) => '    ' + l).join('\n')).join('\n')}`);
  }
  const all = [...lines, ...body];
  if (!notebook) return { source: all.join('\n') + '\n', callSites };
  const cells: string[] = [];
  let cur: string[] = [];
  for (const s of all) {
    cur.push(s);
    if (g.chance(0.35)) {
      cells.push(cur.join('\n') + '\n');
      cur = [];
    }
  }
  if (cur.length) cells.push(cur.join('\n') + '\n');
  return { source: cells.join('\n'), cells, callSites };
}

/** nbformat 4 JSON of code cells (with a markdown cell between, which the evaluator skips). */
export function notebookJson(cells: string[]): string {
  const toSource = (s: string) => s.split(/(?<=\n)/);
  const out: unknown[] = [];
  cells.forEach((c, i) => {
    if (i === 1) out.push({ cell_type: 'markdown', metadata: {}, source: ['Some notes\n'] });
    out.push({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source: toSource(c) });
  });
  return JSON.stringify({ cells: out, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
}
