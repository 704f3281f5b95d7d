import * as assert from 'assert';
import { annotateNotebook, annotatePython, annotationRecord } from '../../src/core/annotate/annotate';
import { repr } from '../../src/core/format/formatValue';
import { runCall } from '../../src/core/run';
import { PyNdArray } from '../../src/core/types';

/**
 * The static evaluator on small programs: values agree with the engines (runCall: the same code
 * the live differential tests check against NumPy/Python), and every way a stream becomes
 * unknown gives a reason instead of a value. test/cli/annotateDifferential.test.ts compares
 * random programs with Python itself.
 */
const seed = () => String(Math.floor(Math.random() * 2 ** 31));

function records(src: string) {
  return annotatePython(src).calls.map(annotationRecord);
}

/** The values one engine gives for successive calls after one seeding, as annotate shows them. */
function expected(engine: string, s: string, calls: string[]): string[] {
  const out: string[] = [];
  // one engine instance for the sequence: re-run the prefix each time (runCall seeds afresh)
  for (let i = 0; i < calls.length; i++) {
    const all = calls.slice(0, i + 1);
    const { createEngine, prepareCall, runPrepared } = require('../../src/core/run');
    const eng = createEngine(engine, s);
    let last: unknown[] = [];
    for (const c of all) last = runPrepared(eng, prepareCall(engine, c));
    out.push(last.length === 1 ? repr(last[0] as never) : repr(last as never));
  }
  return out;
}

suite('annotate: static evaluator', () => {
  test('module-level names, sizes from names, and values of earlier calls feed later calls', () => {
    const s = seed();
    const src = `import numpy as np\nnp.random.seed(${s})\nn = 5\na = np.random.randint(1, 10, size=n)\nb = np.random.random()\n`;
    const r = records(src);
    assert.deepStrictEqual(
      r.map((x) => x.value),
      expected('numpy', s, ['randint(1, 10, size=5)', 'random()']),
    );
    assert.deepStrictEqual(r.map((x) => [x.line, x.col, x.call]), [
      [4, 4, 'np.random.randint(1, 10, size=n)'],
      [5, 4, 'np.random.random()'],
    ]);
    // rng.choice(x) with x from an earlier call: the engine run with the same array
    const g = `from numpy.random import default_rng as mk\nrng = mk(${s})\nx = rng.integers(0, 10, 5)\ny = rng.choice(x)\n`;
    const res = annotatePython(g);
    assert.strictEqual(res.calls.length, 2);
    assert.ok(res.calls.every((c) => c.unknown === null));
    const x = res.calls[0].runs[0].value as PyNdArray;
    assert.ok(x instanceof PyNdArray);
    assert.deepStrictEqual(x.shape, [5]);
    assert.ok(x.data.includes(res.calls[1].runs[0].value));
  });

  test('every seeding form under aliases makes its own stream', () => {
    const s = seed();
    const forms = [
      ['numpy', `import numpy.random as npr\nnpr.seed(${s})\nnpr.standard_exponential()\n`],
      ['python', `import random as rd\nrd.seed(${s})\nrd.triangular(0, 10, 3)\n`],
      ['numpy-generator', `import numpy as np\nrng = np.random.default_rng(${s})\nrng.standard_exponential()\n`],
      ['numpy-generator', `from numpy.random import Generator, PCG64\ng = Generator(PCG64(${s}))\ng.standard_exponential()\n`],
      ['numpy', `import numpy as N\nrs = N.random.RandomState(${s})\nrs.standard_exponential()\n`],
      ['python', `import random\nr = random.Random(${s})\nr.triangular(0, 10, 3)\n`],
      ['numpy', `from numpy.random import seed, standard_exponential as se\nseed(${s})\nse()\n`],
    ] as const;
    for (const [engine, src] of forms) {
      const res = annotatePython(src);
      const call = engine === 'python' ? 'triangular(0, 10, 3)' : 'standard_exponential()';
      assert.deepStrictEqual(res.calls.map(annotationRecord).map((r) => r.value), expected(engine, s, [call]), src);
      assert.strictEqual(res.streams.find((st) => st.evaluated > 0)?.seed, s, src);
    }
  });

  test('shuffle shows the list afterwards and the name keeps the shuffled list', () => {
    const s = seed();
    const r = records(`import random\nrandom.seed(${s})\ndeck = [1, 2, 3, 4, 5, 6]\nrandom.shuffle(deck)\nrandom.choice(deck)\n`);
    const shuffled = runCall('python', s, 'shuffle([1, 2, 3, 4, 5, 6])');
    assert.strictEqual(r[0].value, repr(shuffled));
    assert.strictEqual(r[1].unknown, null);
  });

  test('for loops of constant count run each time; __main__ blocks run', () => {
    const s = seed();
    const r = records(`import numpy as np\nif __name__ == "__main__":\n    rng = np.random.default_rng(${s})\n    for _ in range(3):\n        rng.random()\n`);
    assert.strictEqual(r.length, 1);
    assert.deepStrictEqual(r[0].values, expected('numpy-generator', s, ['random()', 'random()', 'random()']));
  });

  test('what cannot be evaluated marks the stream unknown from there, with a reason', () => {
    const s = seed();
    const cases: [string, RegExp][] = [
      [`import numpy as np\nnp.random.rand()\n`, /before it is seeded/],
      [`import numpy as np\nnp.random.seed()\nnp.random.rand()\n`, /entropy/],
      [`import numpy as np\nnp.random.seed(${s})\nfor i in range(len(data)):\n    np.random.rand()\nnp.random.rand()\n`, /count is not known/],
      [`import numpy as np\nnp.random.seed(${s})\ndef f():\n    return np.random.rand()\nf()\nnp.random.rand()\n`, /f\(\) may draw/],
      [`import numpy as np\nrng = np.random.default_rng(${s})\nrng.spawn(2)\nrng.random()\n`, /not supported by this tool/],
      [`import numpy as np\nrng = np.random.default_rng(${s})\nrng.integers(0, k)\nrng.random()\n`, /argument is not known/],
      [`import numpy as np\nrng = np.random.default_rng(${s})\nrng.bit_generator.advance(3)\nrng.random()\n`, /bit_generator is used as a value/],
      [`import numpy as np\nrng = np.random.default_rng(${s})\nbg = rng.bit_generator\nbg.advance(3)\nrng.random()\n`, /bit_generator is used as a value/],
      [`import numpy as np\nrng = np.random.default_rng(${s})\nrng.bit_generator.state = saved\nrng.random()\n`, /rng.bit_generator is changed by an assignment/],
      [`import random\nrandom.seed(${s})\nif flag:\n    random.random()\nrandom.random()\n`, /branch runs is not known/],
      [`import numpy as np\nnp.random.seed(${s})\nmodel.fit(X)\nnp.random.rand()\n`, /may draw from the global streams/],
      [`import numpy as np\nnp.random.seed(${s})\nx = np.random.randint(5, 5)\nnp.random.rand()\n`, /ValueError/],
      [`import numpy as np\nnp.random.seed(${s})\nnp.random.tomaxint()\nnp.random.rand()\n`, /AttributeError: module 'numpy.random' has no attribute 'tomaxint'/],
      [`import numpy as np\nnp.random.seed(${s})\nx = = 1\nnp.random.rand()\n`, /syntax error/],
    ];
    for (const [src, why] of cases) {
      const r = records(src);
      const last = r[r.length - 1];
      assert.strictEqual(last.value, null, src);
      assert.match(last.unknown ?? '', why, src);
    }
  });

  test('reading rng.bit_generator.state draws nothing: the next call keeps its value', () => {
    const s = seed();
    const r = records(`import numpy as np\nrng = np.random.default_rng(${s})\nsaved = rng.bit_generator.state\nx = rng.random()\n`);
    assert.deepStrictEqual(r.map((x) => x.value), expected('numpy-generator', s, ['random()']));
  });

  test('a stream not touched by unknown code stays known; an int random_state does not draw from the globals', () => {
    const s = seed();
    const r = records(
      `import numpy as np\nfrom sklearn.model_selection import train_test_split\nnp.random.seed(${s})\nrng = np.random.default_rng(${s})\n` +
        `train, test = train_test_split(list(range(10)), test_size=0.2, random_state=42)\nnp.random.rand()\nmodel.fit(X)\nrng.random()\nnp.random.rand()\n`,
    );
    assert.deepStrictEqual(r.map((x) => x.unknown === null), [true, true, false]);
  });

  test('notebooks: code cells in order, magics ignored, cell index and line within the cell', () => {
    const s = seed();
    const nb = JSON.stringify({
      cells: [
        { cell_type: 'code', source: ['%matplotlib inline\n', 'import numpy as np\n'] },
        { cell_type: 'markdown', source: 'text' },
        { cell_type: 'code', source: `np.random.seed(${s})\n!ls\nnp.random.randint(0, 10, 3)\n` },
      ],
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
    });
    const r = annotateNotebook(nb).calls.map(annotationRecord);
    assert.deepStrictEqual(r.map((x) => [x.cell, x.line, x.col]), [[2, 3, 0]]);
    assert.deepStrictEqual(r.map((x) => x.value), expected('numpy', s, ['randint(0, 10, 3)']));
    assert.throws(() => annotateNotebook('{"cells": 3}'), /not a notebook/);
    assert.throws(() => annotateNotebook('not json'), /not a notebook/);
  });

  test('bounded work: a huge loop stops at the step budget and says so', () => {
    const res = annotatePython(`import random\nrandom.seed(1)\nfor _ in range(10**6 // 1 if False else 900000):\n    random.random()\nrandom.random()\n`, { maxSteps: 1000 });
    const last = res.calls.map(annotationRecord).pop();
    assert.strictEqual(last?.value, null);
    assert.ok(last?.unknown);
    const big = annotatePython(`import random\nrandom.seed(1)\nfor _ in range(150000):\n    random.random()\n`, { maxSteps: 1000 });
    assert.strictEqual(big.budgetExceeded, true);
    assert.match(big.calls[0].unknown ?? '', /evaluation stopped|budget/);
  });
});

suite('annotate: incremental re-evaluation', () => {
  const { ProgramAnnotator } = require('../../src/core/annotate/programAnnotator') as typeof import('../../src/core/annotate/programAnnotator');
  const { mulberry32, RUN_SEED } = require('../support/seededRand') as typeof import('../support/seededRand');

  /** A program long enough to have several snapshots, with streams seeded throughout. */
  function program(rand: () => number): string {
    const lines = ['import numpy as np', 'import random', `np.random.seed(${Math.floor(rand() * 1000)})`, `rng = np.random.default_rng(${Math.floor(rand() * 1000)})`];
    const calls = ['np.random.randint(0, 10, size=3)', 'rng.integers(0, 10)', 'random.random()', 'rng.standard_exponential(2)', 'np.random.random()'];
    for (let i = 0; i < 120; i++) {
      const r = rand();
      if (r < 0.05) lines.push(`random.seed(${i})`);
      else if (r < 0.1) lines.push(`for _ in range(${Math.floor(rand() * 3)}):\n    ${calls[Math.floor(rand() * calls.length)]}`);
      else if (r < 0.6) lines.push(`v${i} = ${calls[Math.floor(rand() * calls.length)]}`);
      else lines.push(`k${i} = ${i}`);
    }
    return lines.join('\n') + '\n';
  }

  test(`after random edits, incremental results equal a fresh evaluation (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, () => {
    const rand = mulberry32(RUN_SEED ^ 0x1ec);
    const annotator = new ProgramAnnotator();
    let text = program(rand);
    const pieces = ['1', 'x', '\n', '    ', 'rng.random()\n', 'np.random.seed(3)\n', '#', '(', ' = '];
    for (let step = 0; step < 60; step++) {
      const at = Math.floor(rand() * text.length);
      if (rand() < 0.5) text = text.slice(0, at) + pieces[Math.floor(rand() * pieces.length)] + text.slice(at);
      else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 5));
      const inc = annotator.update([text]).calls.map(annotationRecord);
      const fresh = annotatePython(text).calls.map(annotationRecord);
      assert.deepStrictEqual(inc, fresh, `step ${step}`);
    }
  });

  test('a run cut short by the time budget continues on the next update with the same text', () => {
    const annotator = new ProgramAnnotator();
    // 200 more statements: the budget is checked every 64 statements, so a short random program
    // (under 128) could finish before the tiny budget is ever found exceeded
    const text = program(mulberry32(RUN_SEED)) + Array.from({ length: 200 }, (_, i) => `pad${i} = ${i}\n`).join('');
    let clock = 0;
    const now = () => clock++; // every reading of the clock advances it: a tiny budget runs out quickly
    let r = annotator.update([text], { timeBudgetMs: 1, now });
    let rounds = 1;
    while (r.budgetExceeded && rounds < 1000) {
      clock = 0;
      r = annotator.update([text], { timeBudgetMs: 1, now });
      rounds++;
    }
    assert.ok(rounds > 1, 'the budget ran out at least once');
    assert.strictEqual(r.budgetExceeded, false);
    assert.deepStrictEqual(r.calls.map(annotationRecord), annotatePython(text).calls.map(annotationRecord));
  });
});
