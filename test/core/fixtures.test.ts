import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { EngineName } from '../../src/core/callSpec';
import { ENGINE_NAMES } from '../../src/core/engines';
import { assertTally, checkCase, describe as summary, newTally } from '../support/check';
import type { RefResult } from '../support/python';

/** Pinned fixtures written by scripts/fixtures/make_engine_fixtures.py from real NumPy/Python (see each file's meta). */
interface Fixture {
  meta: Record<string, string>;
  cases: ({ seed: string; call: string; n: number } & RefResult)[];
}

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

suite('pinned fixtures (values produced by NumPy/Python; see meta in each file)', () => {
  for (const engine of ENGINE_NAMES) {
    const file = path.join(FIXTURES, `${engine}.json`);
    test(`${engine}: every pinned case reproduces exactly`, function () {
      assert.ok(fs.existsSync(file), `missing ${file}: run python3 scripts/fixtures/make_engine_fixtures.py ${engine}`);
      const fx: Fixture = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.ok(fx.cases.length > 0, 'fixture has cases');
      const t = newTally();
      for (const c of fx.cases) {
        checkCase({ engine: engine as EngineName, seed: c.seed, call: c.call, n: c.n }, c, t);
      }
      console.log(`      ${summary(engine, t)} [${fx.meta.python ? `Python ${fx.meta.python}` : ''}${fx.meta.numpy ? `, NumPy ${fx.meta.numpy}` : ''}]`);
      assertTally(engine, t);
    });
  }
});
