/** The ends of C's int64_t and uint64_t, as Python ints (bigint), and int64's maximum as a double. */
export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;
export const UINT64_MAX = 2n ** 64n - 1n;
/** `(double)INT64_MAX` — NumPy's `(double)RAND_INT_MAX` with its 64-bit `RAND_INT_TYPE`: 2**63. */
export const INT64_MAX_AS_DOUBLE = 9223372036854775807;
