import * as vscode from 'vscode';
import type { CallSpec, EngineName } from '../../core/callSpec';
import { ENGINES } from '../../core/engines';
import { createEngine } from '../../core/run';
import { describeError } from '../plain/describeError';
import { runQuickInput, shownQuickInput, type Step } from './quickInput';
import { callName, callSignature, prefillCall } from '../plain/callSignature';
import { drawTexts, drawWork, PROGRESS_ABOVE, type Draw, type DrawRequest } from '../plain/drawTexts';
import { previewDraw } from '../plain/preview';
import type { RecordsRequest, TemplateSource } from '../plain/templatePlan';
import { editTemplate, savedTemplateItems, typedTemplateItem, type TemplateItem, type TemplateRecords } from './templateStep';

/** What the three steps start from. */
export interface WizardInput {
  engine: EngineName;
  /** The seed to prefill (the workspace seed). */
  seed: string;
  /** The call text last inserted with this engine, to prefill when its call is picked again. */
  lastCall?: string;
  /** The draw request for a seed and call text (selection count, format, sequence position…). */
  request(seed: string, call: string): DrawRequest;
  /** Record templates saved by name (`seededRandom.templates`), listed after the calls. */
  templates: Readonly<Record<string, string>>;
  /** The records request for a seed and template text (one record per selection, the document's layout). */
  records(seed: string, template: string): RecordsRequest;
}

/** What the user accepted: a call's request (and its draw), or the records of a template. */
export type WizardResult =
  | {
      seed: string;
      /** The request accepted (checked: its seed, call and sizes are valid). */
      request: DrawRequest;
      /**
       * The draw whose preview the user accepted: exactly what gets inserted. Absent for a draw above
       * `PROGRESS_ABOVE` work, which the caller makes with progress and Cancel (`drawWithProgress`).
       */
      draw?: Draw;
      records?: undefined;
    }
  | { seed: string; records: TemplateRecords; request?: undefined; draw?: undefined };

/** Texts the parameters step previews as the user types (the full draw is made on Enter). */
const STEP3_PREVIEW_TEXTS = 64;

/**
 * Insert Random Values…: 1. the seed (prefilled; Escape cancels without saving anything),
 * 2. the call, each item with its signature, description and a preview of the exact values,
 * 3. the call text with live validation and preview. Back returns to the previous step.
 * Resolves to undefined when the user cancels.
 */
export async function insertWizard(input: WizardInput): Promise<WizardResult | undefined> {
  let seed = input.seed;
  let picked: PickedCall | undefined;
  let step = 1;
  for (;;) {
    if (step === 1) {
      const r = await askSeed(input.engine, seed);
      if (r.kind !== 'ok') return undefined;
      seed = r.value;
      step = 2;
    } else if (step === 2) {
      const r = await pickCall(input, seed, picked?.spec?.name ?? callName(input.lastCall ?? ''));
      if (r.kind === 'cancel') return undefined;
      if (r.kind === 'back') {
        step = 1;
        continue;
      }
      picked = r.value;
      step = 3;
    } else if (picked!.template) {
      const r = await editTemplate(`${TITLE} (${input.engine}, seed ${seed})`, picked!.template, (t) => input.records(seed, t), 3, 3);
      if (r.kind === 'cancel') return undefined;
      if (r.kind === 'back') {
        step = 2;
        continue;
      }
      return { seed, records: r.value };
    } else {
      const r = await editCall(input, seed, picked!.spec!, picked!.typed ?? prefillCall(picked!.spec!, input.lastCall));
      if (r.kind === 'cancel') return undefined;
      if (r.kind === 'back') {
        step = 2;
        continue;
      }
      return { seed, ...r.value };
    }
  }
}

const TITLE = 'Insert Random Values';

/** The step on screen (1–3), 0 when no Insert quick input is open; read by the internal wizardStep command. */
export const wizardStep = (): number => shownQuickInput()?.step ?? 0;

/** Step 1: the seed, validated by the engine's own seeding as the user types. */
function askSeed(engine: EngineName, seed: string): Promise<Step<string>> {
  const box = vscode.window.createInputBox();
  box.title = `${TITLE} (${engine})`;
  box.step = 1;
  box.totalSteps = 3;
  box.value = seed;
  box.prompt = `Seed for ${ENGINES[engine].seeding} — Enter keeps ${seed}; a new seed is saved to the workspace settings`;
  box.placeholder = 'e.g. 101, [1, 2, 3]';
  box.ignoreFocusOut = true;
  const validate = (text: string) => {
    if (text.trim() === '') return 'Type a seed, e.g. 101';
    try {
      createEngine(engine, text);
      return undefined;
    } catch (e) {
      return describeError(e);
    }
  };
  box.validationMessage = validate(box.value);
  box.onDidChangeValue((v) => (box.validationMessage = validate(v)));
  return runQuickInput(box, () => (validate(box.value) === undefined ? { value: box.value.trim() } : undefined));
}

interface CallItem extends vscode.QuickPickItem {
  spec: CallSpec;
  /** The full call the user typed in the filter box (`randint(1, 100)`), without its `np.random.` prefix. */
  typed?: string;
}

/** The call picked at step 2, and the full call text when the user typed one there — or a record template. */
interface PickedCall {
  spec?: CallSpec;
  typed?: string;
  template?: TemplateSource;
}

/**
 * Step 2: the engine's calls, each with its signature, doc and the values it would insert. A full
 * call typed into the filter box (`randint(1, 100)`, `np.random.randint(1, 100)`) matches no item
 * by name, so it gets an item of its own on top: Enter opens the parameters step with that call.
 */
function pickCall(input: WizardInput, seed: string, activeName: string | undefined): Promise<Step<PickedCall>> {
  const pick = vscode.window.createQuickPick<CallItem>();
  pick.title = `${TITLE} (${input.engine}, seed ${seed})`;
  pick.step = 2;
  pick.totalSteps = 3;
  pick.placeholder = 'Choose a distribution; each shows the values it would insert';
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.ignoreFocusOut = true;
  pick.buttons = [vscode.QuickInputButtons.Back];
  const items: CallItem[] = ENGINES[input.engine].calls.map((spec) => ({
    spec,
    label: spec.name,
    description: spec.requires ? `${callSignature(spec)} · needs ${spec.requires}+` : callSignature(spec),
    detail: `${spec.example} → ${previewOf(input.request(seed, spec.example))}  ·  ${spec.doc}`,
  }));
  const records = (t: string) => input.records(seed, t);
  const all: (CallItem | TemplateItem | vscode.QuickPickItem)[] = [...items, ...savedTemplateItems(input.templates, records)];
  pick.items = all as CallItem[];
  const active = items.find((i) => i.spec.name === activeName);
  if (active) pick.activeItems = [active];
  const typedItem = (value: string) => typedCallItem(input, seed, value) ?? typedTemplateItem(value, records);
  pick.onDidChangeValue((value) => {
    const typed = typedItem(value);
    pick.items = (typed ? [typed, ...all] : all) as CallItem[];
    if (typed) pick.activeItems = [typed as CallItem];
  });
  return runQuickInput<PickedCall>(pick as unknown as vscode.QuickPick<vscode.QuickPickItem>, () => {
    const item: CallItem | TemplateItem | undefined = pick.selectedItems[0] ?? pick.activeItems[0] ?? typedItem(pick.value);
    if (!item) return undefined;
    return { value: isTemplateItem(item) ? { template: item.template } : { spec: item.spec, typed: item.typed } };
  });
}

const isTemplateItem = (item: CallItem | TemplateItem): item is TemplateItem => 'template' in item;

/** The item for a full call typed at step 2 (a known call's name, then `(`), or undefined for a plain filter text. */
function typedCallItem(input: WizardInput, seed: string, value: string): CallItem | undefined {
  if (!value.includes('(')) return undefined;
  const name = callName(value);
  const spec = ENGINES[input.engine].calls.find((c) => c.name === name);
  if (!spec) return undefined;
  const typed = value.trim().replace(/^[A-Za-z_][\w.]*\.(?=[A-Za-z_]\w*\s*\()/, '');
  return {
    spec,
    typed,
    label: value,
    alwaysShow: true,
    description: callSignature(spec),
    detail: `${typed} → ${previewOf(input.request(seed, typed))}  ·  Enter: the parameters step with this call`,
  };
}

function previewOf(req: DrawRequest): string {
  try {
    return previewDraw(req, 48);
  } catch (e) {
    return `⚠ ${describeError(e)}`;
  }
}

/** Step 3: the call text, validated with the core's messages as typed; the preview is the draw inserted. */
function editCall(input: WizardInput, seed: string, spec: CallSpec, text: string): Promise<Step<{ request: DrawRequest; draw?: Draw }>> {
  const box = vscode.window.createInputBox();
  box.title = `${TITLE} (${input.engine}, seed ${seed}): ${callSignature(spec)}`;
  box.step = 3;
  box.totalSteps = 3;
  box.value = text;
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open >= 0 && close > open) box.valueSelection = [open + 1, close];
  box.placeholder = spec.example;
  box.ignoreFocusOut = true;
  box.buttons = [vscode.QuickInputButtons.Back];
  // Validation and preview as typed draw only the first texts (cheap with thousands of cursors);
  // Enter makes the full draw of the same request, whose first texts are exactly those previewed.
  const update = (value: string): boolean => {
    try {
      const preview = previewDraw(input.request(seed, value), 200, STEP3_PREVIEW_TEXTS);
      box.validationMessage = undefined;
      box.prompt = `Inserts: ${preview}`;
      return true;
    } catch (e) {
      box.validationMessage = describeError(e);
      box.prompt = spec.doc;
      return false;
    }
  };
  update(box.value);
  box.onDidChangeValue(update);
  return runQuickInput(box, (): { value: { request: DrawRequest; draw?: Draw } } | undefined => {
    if (!update(box.value)) return undefined;
    try {
      const request = input.request(seed, box.value);
      if (drawWork(request) > PROGRESS_ABOVE) {
        drawTexts(request, 0); // every check, no draw: the caller draws with progress
        return { value: { request } };
      }
      return { value: { request, draw: drawTexts(request) } };
    } catch (e) {
      box.validationMessage = describeError(e);
      return undefined;
    }
  });
}
