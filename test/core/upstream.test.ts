import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PyError } from '../../src/core/errors';
import { createEngine, prepareCall, runPrepared } from '../../src/core/run';
import { PyBytes, type PyObj } from '../../src/core/types';

/**
 * NumPy 2.4.6's and CPython 3.11.7's own random tests, ported by scripts/fixtures/port_upstream_tests.py
 * into test/fixtures/upstream.json (file, version and sha256 of each source in its meta). Every
 * case the script could write as calls runs here: the draws since the seeding (`prefix`), then
 * the call, compared with the upstream `desired` value as the upstream assertion compares it
 * (exactly, or within 1.5·10^-decimal for assert_array_almost_equal); invalid-argument cases must
 * raise the upstream exception type. A case this tool refuses with its own error is counted and
 * listed, not hidden; a wrong value fails the suite.
 */

type Expected = boolean | string | null | { int: string } | { float: string } | { bytes: string } | Expected[];

interface UpstreamCase {
  id: number;
  file: string;
  class: string | null;
  test: string;
  kind: 'values' | 'error' | 'seed-error';
  engine: string;
  seed?: Expected;
  prefix?: string[];
  call?: string;
  expected?: Expected;
  decimal?: number | null;
  error?: string;
  refused?: string;
}

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/upstream.json');

function flatExpected(e: Expected, out: Expected[] = []): Expected[] {
  if (Array.isArray(e)) for (const x of e) flatExpected(x, out);
  else out.push(e);
  return out;
}

function flatOurs(v: PyObj, out: PyObj[] = []): PyObj[] {
  if (Array.isArray(v)) for (const x of v) flatOurs(x, out);
  else out.push(v);
  return out;
}

function seedValue(e: Expected | undefined): PyObj {
  if (e === undefined || e === null) return null;
  if (Array.isArray(e)) return e.map(seedValue);
  if (typeof e === 'object' && 'int' in e) return BigInt(e.int);
  if (typeof e === 'string' || typeof e === 'boolean') return e;
  if (typeof e === 'object' && 'float' in e) return hexFloat(e.float);
  throw new Error(`seed ${JSON.stringify(e)}`);
}

function hexFloat(s: string): number {
  if (s === 'nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(s);
  if (!m) throw new Error(`hex float ${s}`);
  const mant = parseInt(m[2] + (m[3] || '0'), 16) / 16 ** (m[3] || '0').length;
  return (m[1] ? -1 : 1) * mant * 2 ** Number(m[4]);
}

/** One of our values against one upstream value, as the upstream assertion compares them. */
function same(ours: PyObj, exp: Expected, decimal: number | null | undefined): boolean {
  if (exp !== null && typeof exp === 'object' && !Array.isArray(exp)) {
    if ('int' in exp) {
      if (typeof ours === 'bigint') return ours === BigInt(exp.int);
      if (typeof ours === 'boolean') return BigInt(ours) === BigInt(exp.int);
      if (typeof ours === 'number') return decimal == null ? ours === Number(exp.int) : Math.abs(ours - Number(exp.int)) < 1.5 * 10 ** -decimal;
      return false;
    }
    if ('float' in exp) {
      const want = hexFloat(exp.float);
      const got = typeof ours === 'number' ? ours : typeof ours === 'bigint' ? Number(ours) : NaN;
      if (want !== want) return got !== got;
      return decimal == null ? got === want : Math.abs(got - want) < 1.5 * 10 ** -decimal;
    }
    if ('bytes' in exp) return ours instanceof PyBytes && Buffer.from(ours.bytes).toString('hex') === exp.bytes;
  }
  if (typeof exp === 'boolean') return ours === exp || (typeof ours === 'bigint' && ours === BigInt(exp));
  return ours === exp;
}

/**
 * What a case came to: the upstream value or exception (`pass`); refused by this tool, saying so
 * (`not supported by this tool`, the tool's own limits); a call the call language cannot write
 * (its `SyntaxError`); anything else is `wrong` — another value or shape, no exception, another
 * exception than upstream's, an exception where upstream returns values, a crash.
 */
type Outcome = { status: 'pass' } | { status: 'wrong'; why: string } | { status: 'refused' | 'inexpressible'; why: string };

/** Python's exception classes each raised type is also an instance of (for `assert_raises(E, …)`). */
const ALSO: Record<string, readonly string[]> = {
  AxisError: ['ValueError', 'IndexError'],
  LinAlgError: ['ValueError'],
  OverflowError: ['ArithmeticError'],
  ZeroDivisionError: ['ArithmeticError'],
  NotImplementedError: ['RuntimeError'],
};

/** Whether raising `type` satisfies an upstream `assert_raises(expected, …)`. */
const raisesAs = (type: string, expected: string) => type === expected || expected === 'Exception' || (ALSO[type] ?? []).includes(expected);

/** The nested shape of an upstream expected value (a list of lists → [2, 3]; a scalar → []). */
function expectedShape(e: Expected): number[] {
  return Array.isArray(e) ? [e.length, ...(e.length > 0 ? expectedShape(e[0]) : [])] : [];
}

/** A refusal of this tool says so (NumPy's and Python's own errors never do). */
const isRefusal = (e: PyError) => /not supported by this tool|more than this tool|Seeded Random accepts/.test(e.message);

function runCase(c: UpstreamCase): Outcome {
  if (c.kind === 'seed-error') {
    try {
      createEngine(c.engine, seedValue(c.seed));
      return { status: 'wrong', why: `seeding accepted; upstream raises ${c.error}` };
    } catch (e) {
      if (!(e instanceof PyError)) return { status: 'wrong', why: `crash: ${String(e)}` };
      return raisesAs(e.type, c.error!) ? { status: 'pass' } : { status: 'wrong', why: `${e.type}: ${e.message}; upstream raises ${c.error}` };
    }
  }
  try {
    const engine = createEngine(c.engine, seedValue(c.seed));
    for (const p of c.prefix ?? []) runPrepared(engine, prepareCall(c.engine, p));
    const call = prepareCall(c.engine, c.call!);
    const values = runPrepared(engine, call);
    if (c.kind === 'error') return { status: 'wrong', why: `no ${c.error}; gave ${values.length} values` };
    const want = flatExpected(c.expected!);
    const got = flatOurs(values);
    if (want.length !== got.length) return { status: 'wrong', why: `${got.length} values, upstream has ${want.length}` };
    for (let i = 0; i < want.length; i++) {
      if (!same(got[i], want[i], c.decimal)) return { status: 'wrong', why: `value ${i}: ${String(got[i])} vs ${JSON.stringify(want[i])}` };
    }
    // the shape too, where upstream compares an array (a scalar desired broadcasts in assert_array_equal)
    const shape = call.shape ?? [];
    const wantShape = expectedShape(c.expected!);
    if (wantShape.length > 0 && call.container !== 'list' && shape.join() !== wantShape.join()) {
      return { status: 'wrong', why: `shape (${shape.join(', ')}), upstream has (${wantShape.join(', ')})` };
    }
    return { status: 'pass' };
  } catch (e) {
    if (!(e instanceof PyError)) return { status: 'wrong', why: `crash: ${String(e)}` };
    if (c.kind === 'error' && raisesAs(e.type, c.error!)) return { status: 'pass' };
    if (isRefusal(e)) return { status: 'refused', why: `${e.type}: ${e.message}` };
    if (e.type === 'SyntaxError') return { status: 'inexpressible', why: `${e.type}: ${e.message}` };
    return { status: 'wrong', why: `${e.type}: ${e.message}${c.kind === 'error' ? `; upstream raises ${c.error}` : '; upstream returns values'}` };
  }
}

suite('upstream tests: NumPy 2.4.6 numpy/random/tests and CPython 3.11.7 Lib/test/test_random.py (ported)', () => {
  const fixture = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) as { meta: { files: { path: string; version: string }[] }; cases: UpstreamCase[] };

  test('the fixture names its sources with versions and hashes', () => {
    assert.ok(fixture.meta.files.length >= 7);
    for (const f of fixture.meta.files) assert.match(f.version, /^\d+\.\d+\.\d+$/, f.path);
  });

  test('every ported case reproduces or is refused with a message; no wrong value', function () {
    const runnable = fixture.cases.filter((c) => c.refused === undefined);
    const tally = { pass: 0, wrong: [] as string[], refused: new Map<string, string[]>(), inexpressible: new Map<string, string[]>() };
    for (const c of runnable) {
      const o = runCase(c);
      if (o.status === 'pass') tally.pass++;
      else if (o.status === 'wrong') tally.wrong.push(`#${c.id} ${c.file} ${c.test} ${c.call}: ${o.why}`);
      else {
        const key = o.why.replace(/\d+(\.\d+)?/g, 'N').slice(0, 90);
        const map = tally[o.status];
        map.set(key, [...(map.get(key) ?? []), `#${c.id} ${c.call}`]);
      }
    }
    const count = (m: Map<string, string[]>) => [...m.values()].reduce((n, v) => n + v.length, 0);
    console.log(
      `      ${fixture.cases.length} cases extracted: ${runnable.length} runnable, ${tally.pass} pass, ${tally.wrong.length} wrong, ` +
        `${count(tally.refused)} refused by this tool, ${count(tally.inexpressible)} not expressible in the call language; ` +
        `${fixture.cases.length - runnable.length} not ported (reasons in the fixture)`,
    );
    for (const m of [tally.refused, tally.inexpressible]) {
      for (const [why, ids] of [...m.entries()].sort((a, b) => b[1].length - a[1].length)) {
        console.log(`        ${String(ids.length).padStart(4)}  ${why}  (e.g. ${ids[0]})`);
      }
    }
    assert.deepStrictEqual(tally.wrong, []);
    assert.ok(tally.pass > 0);
  });
});
