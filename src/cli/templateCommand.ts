import { seedText } from '../core/seedText';
import { templateCode } from '../core/template/templateCode';
import { templateDocument } from '../core/template/templateOutput';
import { readWorkspaceSettings } from './settings';
import { TEMPLATE_USAGE, type TemplateCliOptions } from './templateArgs';
import { UsageError } from './usageError';

/**
 * `seeded-random template`: N records from a template (or a template saved by name in
 * `seededRandom.templates`), streamed in chunks — or with `--code` the Python that prints them.
 */
export function runTemplateCommand(opts: TemplateCliOptions, cwd: string, out: (s: string) => void): number {
  if (opts.help) {
    out(TEMPLATE_USAGE + '\n');
    return 0;
  }
  if (opts.template === undefined) throw new UsageError('missing TEMPLATE, e.g. \'{"id": uuid4(), "age": randint(18, 90)}\' (see seeded-random template --help)');
  const text = opts.template.trim();
  const byName = !text.startsWith('{') && !text.startsWith('[');
  const settings = opts.seed === undefined || opts.engine === undefined || byName ? readWorkspaceSettings(cwd) : {};
  let template = opts.template;
  if (byName) {
    const saved = settings.templates;
    const found = saved && typeof saved === 'object' && !Array.isArray(saved) ? (saved as Record<string, unknown>)[text] : undefined;
    if (typeof found !== 'string') {
      throw new UsageError(`'${text}' is neither a template (a dict or list literal) nor the name of one saved in seededRandom.templates`);
    }
    template = found;
  }
  const engine = opts.engine ?? (typeof settings.engine === 'string' ? settings.engine : 'numpy');
  const seed = opts.seed ?? seedText(settings.seed);
  if (seed === undefined) throw new UsageError('no seed: pass --seed SEED, or set "seededRandom.seed" in .vscode/settings.json');
  const req = { engine, seed, template, n: opts.n, layout: opts.layout, table: opts.table };
  if (opts.code) {
    out(templateCode(req));
    return 0;
  }
  for (const chunk of templateDocument(req, 8192)) out(chunk);
  return 0;
}
