import * as vscode from 'vscode';
import { describeError } from '../plain/describeError';
import { recordsPreview, recordTexts, templateOf, type RecordsRequest, type TemplateSource } from '../plain/templatePlan';
import { runQuickInput, type Step } from './quickInput';

/** A QuickPick item that stands for a record template: a saved one, or the one typed in the filter box. */
export interface TemplateItem extends vscode.QuickPickItem {
  template: TemplateSource;
}

/** The records a template step accepted: exactly the texts previewed, one per selection. */
export interface TemplateRecords {
  template: TemplateSource;
  texts: string[];
}

function previewOf(req: RecordsRequest): string {
  try {
    return recordsPreview(req, 96);
  } catch (e) {
    return `⚠ ${describeError(e)}`;
  }
}

/**
 * The Insert prompt's items for the templates saved in `seededRandom.templates`, after a separator
 * (none when nothing is saved): each shows its text and the records it would insert.
 */
export function savedTemplateItems(saved: Readonly<Record<string, string>>, request: (text: string) => RecordsRequest): (TemplateItem | vscode.QuickPickItem)[] {
  const names = Object.keys(saved);
  if (names.length === 0) return [];
  const items: TemplateItem[] = names.map((name) => ({
    label: `$(symbol-structure) ${name}`,
    description: `template · ${saved[name].length > 80 ? `${saved[name].slice(0, 79)}…` : saved[name]}`,
    detail: `→ ${previewOf(request(saved[name]))}`,
    template: { name, text: saved[name] },
  }));
  return [{ label: 'record templates (seededRandom.templates)', kind: vscode.QuickPickItemKind.Separator }, ...items];
}

/** The item for a template typed into the filter box (`{"id": uuid4()}`), or undefined for any other text. */
export function typedTemplateItem(value: string, request: (text: string) => RecordsRequest): TemplateItem | undefined {
  const t = value.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return undefined;
  return {
    label: value,
    alwaysShow: true,
    description: 'record template',
    detail: `→ ${previewOf(request(t))}  ·  Enter: edit it, with a preview of the records`,
    template: { text: t },
  };
}

/**
 * The template step of Insert Random Values: the template's text (a saved one's, or as typed),
 * validated by the core as the user types, with a preview of the first records; Enter draws one
 * record per selection — the texts previewed first. A saved template keeps its name unless edited.
 */
export function editTemplate(title: string, template: TemplateSource, request: (text: string) => RecordsRequest, step: number, totalSteps: number): Promise<Step<TemplateRecords>> {
  const box = vscode.window.createInputBox();
  box.title = template.name !== undefined ? `${title}: template ${template.name}` : `${title}: template`;
  box.step = step;
  box.totalSteps = totalSteps;
  box.value = template.text;
  box.placeholder = '{"id": uuid4(), "age": randint(18, 90), "joined": date("2020-01-01", "2024-12-31")}';
  box.ignoreFocusOut = true;
  box.buttons = [vscode.QuickInputButtons.Back];
  const update = (value: string): boolean => {
    if (!templateOf(value, {})) {
      box.validationMessage = 'A template is a dict or list literal, e.g. {"id": uuid4(), "age": randint(18, 90)}';
      return false;
    }
    try {
      box.prompt = `Inserts (one record per selection): ${recordsPreview(request(value), 200)}`;
      box.validationMessage = undefined;
      return true;
    } catch (e) {
      box.validationMessage = describeError(e);
      return false;
    }
  };
  update(box.value);
  box.onDidChangeValue(update);
  return runQuickInput(box, () => {
    if (!update(box.value)) return undefined;
    const text = box.value.trim();
    try {
      return { value: { template: { text, name: text === template.text ? template.name : undefined }, texts: recordTexts(request(text)) } };
    } catch (e) {
      box.validationMessage = describeError(e);
      return undefined;
    }
  });
}
