import { MT19937 } from '../bitgen/mt19937';
import type { Engine } from '../callSpec';
import type { Json } from '../types';

/**
 * NumPy's legacy `RandomState` as far as values depend on it (numpy/random/mtrand.pyx):
 * an MT19937 bit generator plus the cached second value of the polar Box–Muller method
 * (`aug_bitgen_t.has_gauss`/`gauss` in legacy-distributions.h). Both are state: `get_state()`
 * returns them and `set_state()` restores them, and so do {@link getState}/{@link setState}.
 *
 * NumPy also keeps a `binomial_t` cache of BTPE set-up values; it only saves time (the values
 * are recomputed from n and p when they change), so it is not state here.
 */
export class RandomState implements Engine {
  readonly bitgen = new MT19937();
  hasGauss = false;
  gauss = 0.0;

  /** `_reset_gauss()`: forget the cached Gaussian (done on every seeding). */
  resetGauss(): void {
    this.hasGauss = false;
    this.gauss = 0.0;
  }

  getState(): Json {
    return { mt19937: this.bitgen.getState(), hasGauss: this.hasGauss, gauss: this.gauss };
  }

  setState(state: Json): void {
    const s = state as { mt19937: Json; hasGauss: boolean; gauss: number };
    if (!s || typeof s !== 'object' || typeof s.hasGauss !== 'boolean' || typeof s.gauss !== 'number') {
      throw new Error('invalid RandomState state');
    }
    this.bitgen.setState(s.mt19937);
    this.hasGauss = s.hasGauss;
    this.gauss = s.gauss;
  }
}
