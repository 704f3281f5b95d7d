/**
 * A result of 3 or more dimensions written as CSV: a CSV file holds rows of fields, i.e. at most
 * 2 dimensions, so the tool refuses rather than flatten silently. The message says what to do.
 */
export class CsvDimensionsError extends Error {
  constructor(readonly shape: readonly number[]) {
    super(
      `a ${shape.join('×')} result has ${shape.length} dimensions, and CSV holds at most 2 (rows of fields): ` +
        'use a size with at most 2 dimensions, or another layout (lines, JSON, a Python list)',
    );
    this.name = 'CsvDimensionsError';
  }
}
