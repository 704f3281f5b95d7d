/** Python exception class names we report, so messages read exactly as NumPy/CPython print them. */
export type PyErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'IndexError'
  | 'SyntaxError'
  | 'AttributeError'
  | 'ZeroDivisionError'
  | 'KeyError'
  | 'UnicodeEncodeError'
  | 'AxisError' //            numpy.exceptions.AxisError (permutation/permuted axis out of bounds)
  | 'NotImplementedError'; // Generator.shuffle(list, axis != 0)

/**
 * The one error type the core throws for bad input. `message` is the library's own wording
 * (`high <= low`, `scale < 0`, `empty range for randrange()`); `toString()` gives
 * `ValueError: high <= low`, as Python prints an uncaught exception's last line.
 */
export class PyError extends Error {
  constructor(readonly type: PyErrorType, message: string) {
    super(message);
    this.name = 'PyError';
  }
  override toString(): string {
    return `${this.type}: ${this.message}`;
  }
}

export const valueError = (message: string) => new PyError('ValueError', message);
export const typeError = (message: string) => new PyError('TypeError', message);
