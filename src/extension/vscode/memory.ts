import type * as vscode from 'vscode';
import type { EngineName } from '../../core/callSpec';
import type { CallRun } from '../../core/code/reproducingCode';
import type { NumberFormat } from '../../core/format/numberFormat';
import type { Json } from '../../core/types';
import type { InsertArgs } from '../plain/commandArgs';

/** The last successful insertion, replayed by Repeat Last Insertion (all fields resolved). */
export interface LastInsertion {
  engine: EngineName;
  seed: string;
  call: string;
  format: NumberFormat;
  fill: NonNullable<InsertArgs['fill']>;
}

/** Where a `sequence: continue` stream stands: the engine state after the last insertion. */
export interface SequencePosition {
  engine: EngineName;
  seed: string;
  state: Json;
  /**
   * The calls made since seeding, oldest first (runs of one call merged): what the reproducing
   * code replays before the last insertion's call. Absent in positions saved by older versions.
   */
  history?: CallRun[];
}

const LAST = 'seededRandom.lastInsertion';
const SEQUENCE = 'seededRandom.sequencePosition';
const HEADERS = 'seededRandom.headerAnswers';
/** The key of the answer given for every delimited file of the workspace. */
const EVERY_FILE = '*';

/** What the extension remembers per workspace (VS Code's `workspaceState`, never settings files). */
export class Memory {
  constructor(private readonly state: vscode.Memento) {}

  get last(): LastInsertion | undefined {
    return this.state.get<LastInsertion>(LAST);
  }
  setLast(last: LastInsertion): Thenable<void> {
    return this.state.update(LAST, last);
  }

  /** The stream position for this engine and seed; another engine or seed starts afresh. */
  sequenceFor(engine: EngineName, seed: string): SequencePosition | undefined {
    const p = this.state.get<SequencePosition>(SEQUENCE);
    return p && p.engine === engine && p.seed === seed ? p : undefined;
  }
  setSequence(position: SequencePosition): Thenable<void> {
    return this.state.update(SEQUENCE, position);
  }
  resetSequence(): Thenable<void> {
    return this.state.update(SEQUENCE, undefined);
  }

  /** Whether the first line of the file `uri` is a header, as the user answered for it or for every file; undefined when never asked. */
  headerAnswer(uri: string): boolean | undefined {
    const answers = this.state.get<Record<string, boolean>>(HEADERS) ?? {};
    return answers[uri] ?? answers[EVERY_FILE];
  }
  /** Remember the answer for the file `uri`, or for every file when `uri` is undefined (which replaces the per-file answers). */
  setHeaderAnswer(uri: string | undefined, header: boolean): Thenable<void> {
    const answers = uri === undefined ? {} : { ...this.state.get<Record<string, boolean>>(HEADERS) };
    answers[uri ?? EVERY_FILE] = header;
    return this.state.update(HEADERS, answers);
  }
}
