import * as fs from 'fs';
import * as path from 'path';
import type { EngineName } from '../../src/core/callSpec';
import { ENGINE_NAMES } from '../../src/core/engines';
import type { Case } from '../support/case';
import { assertTally, checkCase, describe as summary, newTally } from '../support/check';
import { referenceAvailable, runReference } from '../support/python';
import { mulberry32, RUN_SEED } from '../support/seededRand';

/**
 * Live differential test: fresh seeds and parameters every run (from test/cases/<engine>.ts),
 * evaluated by real NumPy/Python through scripts/fixtures/reference.py and by our core.
 * Set SEEDED_RANDOM_TEST_SEED to replay a run; CASES_PER_ENGINE to change the count.
 */
const COUNT = Number(process.env.CASES_PER_ENGINE ?? 600);


suite(`live differential vs NumPy/Python (SEEDED_RANDOM_TEST_SEED=${RUN_SEED})`, function () {
  this.timeout(300_000);
  for (const engine of ENGINE_NAMES) {
    const file = path.resolve(__dirname, `../cases/${engine}.js`);
    test(`${engine}: ${COUNT} fresh random cases match`, function () {
      if (!referenceAvailable(engine !== 'python')) this.skip(); // the one skip allowed: no Python here
      if (!fs.existsSync(file)) throw new Error(`missing test/cases/${engine}.ts`);
      const gen: { randomCases(rand: () => number, count: number): Case[] } = require(file);
      const cases = gen.randomCases(mulberry32(RUN_SEED ^ engine.length), COUNT);
      const ref = runReference(cases);
      const t = newTally();
      cases.forEach((c, i) => checkCase({ ...c, engine: engine as EngineName }, ref.results[i], t));
      console.log(`      ${summary(engine, t)} [live: Python ${ref.meta.python}, NumPy ${ref.meta.numpy}]`);
      assertTally(engine, t);
    });
  }
});
