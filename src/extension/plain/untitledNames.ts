/**
 * Paths for new untitled documents that Save will propose as files: `bases` (`['train', 'test']`,
 * `['random']`) with extension `ext` in folder `dir` (`/ws/data/`, with its final slash; `''` for
 * no folder). A set already `taken` (an open document, a file in that folder) gets a number —
 * the same for every base, so a pair stays recognisable: `train-2.csv`, `test-2.csv`.
 *
 * Fresh names also keep VS Code from reusing an untitled name whose hot-exit backup may still be
 * being discarded (a partial generated document must never come back in a later document).
 */
export function untitledNames(dir: string, bases: readonly string[], ext: string, taken: (path: string) => boolean): string[] {
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : `-${i}`;
    const names = bases.map((b) => `${dir}${b}${suffix}${ext}`);
    if (!names.some(taken)) return names;
  }
}

/** The folder (with its final slash) and extension of a path: `/ws/data.csv` → `['/ws/', '.csv']`; a dot file has no extension. */
export function folderAndExtension(path: string): [string, string] {
  const slash = path.lastIndexOf('/');
  const base = path.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  return [path.slice(0, slash + 1), dot > 0 ? base.slice(dot) : ''];
}

/**
 * The paths of the two untitled documents a split opens: `train` and `test` with the source's
 * extension in the source's folder (`/ws/data.csv` → `/ws/train.csv`, `/ws/test.csv`), or bare
 * `train` and `test` for an untitled source.
 */
export function splitNames(sourcePath: string | undefined, taken: (path: string) => boolean): { train: string; test: string } {
  const [dir, ext] = sourcePath === undefined ? ['', ''] : folderAndExtension(sourcePath);
  const [train, test] = untitledNames(dir, ['train', 'test'], ext, taken);
  return { train, test };
}

/** File extensions of the languages notebook cells are usually written in. */
const CELL_EXTENSIONS: Record<string, string> = { python: '.py', r: '.r', julia: '.jl', javascript: '.js', typescript: '.ts', sql: '.sql' };

/**
 * The path a notebook cell's text stands for, to name documents made from it: beside the
 * notebook, with the cell language's extension (`/ws/nb.ipynb`, python → `/ws/nb.py`; a language
 * not listed → no extension). A split of a cell must not propose `train.ipynb` for lines of code.
 */
export function cellPath(notebookPath: string, languageId: string): string {
  const [dir, ext] = folderAndExtension(notebookPath);
  const base = notebookPath.slice(dir.length, notebookPath.length - ext.length);
  return `${dir}${base}${CELL_EXTENSIONS[languageId] ?? ''}`;
}
