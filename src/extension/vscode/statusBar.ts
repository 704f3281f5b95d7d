import * as vscode from 'vscode';
import { ENGINE_SEEDING } from '../../core/engineNames';
import { CommandId } from '../commandId';
import { statusText, statusTooltip } from '../plain/config';
import { getConfig } from './settings';

/** The `numpy · 101` item; clicking it runs Set Workspace Seed…. Follows the active editor's folder. */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('seededRandom.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Seeded Random';
    this.item.command = CommandId.SetSeed;
    this.refresh();
  }

  refresh(): void {
    const config = getConfig(vscode.window.activeTextEditor?.document ?? null);
    if (!config.showStatusBar) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(config.engine, config.seed, config.sequence);
    this.item.tooltip = statusTooltip(ENGINE_SEEDING[config.engine], config.seed, config.sequence);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
