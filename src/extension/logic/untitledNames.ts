/**
 * The paths of the two untitled documents a split opens: `train` and `test`, with the source's
 * extension (`data.csv` → `train.csv`, `test.csv`) in the source's folder, so that Save proposes
 * that folder and the language follows. A name already `taken` (an open untitled document, a
 * file in that folder) gets a number: `train-2.csv`, `test-2.csv` — the same number for both, so
 * the pair stays recognisable.
 *
 * @param sourcePath the source document's path (`/ws/data.csv`), or undefined for an untitled
 *   source (then the names have no folder and no extension: `train`, `test`)
 * @param taken whether a path is already in use
 */
export function splitNames(sourcePath: string | undefined, taken: (path: string) => boolean): { train: string; test: string } {
  let dir = '';
  let ext = '';
  if (sourcePath !== undefined) {
    const slash = sourcePath.lastIndexOf('/');
    dir = sourcePath.slice(0, slash + 1);
    const base = sourcePath.slice(slash + 1);
    const dot = base.lastIndexOf('.');
    ext = dot > 0 ? base.slice(dot) : '';
  }
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : `-${i}`;
    const names = { train: `${dir}train${suffix}${ext}`, test: `${dir}test${suffix}${ext}` };
    if (!taken(names.train) && !taken(names.test)) return names;
  }
}
