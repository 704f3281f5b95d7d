import * as fs from 'fs';
import * as path from 'path';

/** One case of test/integration/expected.json, written by scripts/fixtures/make_integration_fixtures.py from real NumPy/Python. */
export interface ExpectedCase {
  engine: string;
  seed: string;
  call: string;
  n: number;
  values?: string[];
  error?: string;
  format?: string;
  formatted?: string[];
}

let cases: Record<string, ExpectedCase> | undefined;

/** The pinned values (from NumPy/Python, never typed by hand) for a case id. */
export function expected(id: string): ExpectedCase {
  if (!cases) {
    // out/test/integration → test/integration (the JSON is not compiled)
    const file = path.resolve(__dirname, '../../../test/integration/expected.json');
    cases = JSON.parse(fs.readFileSync(file, 'utf8')).cases as Record<string, ExpectedCase>;
  }
  const c = cases[id];
  if (!c) throw new Error(`no expected case ${id}: add it to scripts/fixtures/make_integration_fixtures.py and re-run it`);
  return c;
}

/** The values of a case that must have succeeded. */
export function values(id: string): string[] {
  const c = expected(id);
  if (!c.values) throw new Error(`case ${id} has no values (${c.error})`);
  return c.values;
}

/** A line command case (scripts/fixtures/reference_lines.py): its input lines and options, and what Python made of them. */
export interface LineCase {
  op: 'shuffle' | 'sample' | 'split';
  engine: string;
  seed: string;
  lines: string[];
  header: boolean;
  blank: 'keep' | 'ignore';
  k?: string;
  test_size?: string;
  /** shuffle, sample */
  result?: string[];
  /** split */
  train?: string[];
  test?: string[];
}

export function lineCase(id: string): LineCase {
  const c = expected(id) as unknown as LineCase & { lines: string[]; error?: string };
  if (c.error) throw new Error(`line case ${id} failed in Python: ${c.error}`);
  return c;
}

/** A generated document case: the whole text's SHA-256 and length, its first and last values. */
export interface GeneratedCase {
  engine: string;
  seed: string;
  call: string;
  n: number;
  layout: string;
  head: string[];
  tail: string[];
  chars: number;
  sha256: string;
}

export function generatedCase(id: string): GeneratedCase {
  return expected(id) as unknown as GeneratedCase;
}
