import * as vscode from 'vscode';
import type { LastOperation } from '../plain/lastOperation';
import type { Memory } from '../vscode/memory';

/** What commands share: the workspace memory, the last operation and a way to refresh the status bar. */
export interface CommandContext {
  memory: Memory;
  /** The last insertion, generation, shuffle, sample or split (this session), for Copy Reproducing Code. */
  lastOperation?: LastOperation;
  refreshStatus(): void;
}

/** What a command reports back to a caller (keybindings ignore it; tests and other extensions read it). */
export interface Outcome {
  ok: boolean;
  /** Set when nothing happened: the text the user was shown. */
  message?: string;
  /** Why nothing happened: `cancelled`, `noEditor`, `badArgs`, `badInput`, `readonly`, `stale`, … */
  reason?: string;
  /** The wizard step, for the internal wizardStep command. */
  step?: number;
  /** The prompt on screen, for the internal promptShown command. */
  prompt?: string;
}

/** Tell the user why nothing happened, and report it to the caller. */
export function refuse(reason: string, message: string, severity: 'error' | 'warning' | 'info' = 'warning'): Outcome {
  const text = `Seeded Random: ${message}`;
  const show =
    severity === 'error' ? vscode.window.showErrorMessage : severity === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(text);
  return { ok: false, reason, message: text };
}
