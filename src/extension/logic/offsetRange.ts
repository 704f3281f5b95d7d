/**
 * A selection as plain data: UTF-16 offsets into the document text, `start <= end`.
 * The editor shell converts `vscode.Selection`s to these and back; everything in between is pure.
 */
export interface OffsetRange {
  start: number;
  end: number;
}
