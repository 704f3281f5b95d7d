/**
 * Seeded shuffle, sample and train/test split of lines (docs/LINES.md): pure functions from text and
 * options to new text, for the CLI and the editor commands alike.
 */
export { isBlank } from './dataLines';
export type { BlankLines, LineOptions, SeededLineOptions, SplitOptions, TrainTest } from './lineOptions';
export { parseSize } from './parseSize';
export { sampleLineList, sampleLines, samplePython } from './sampleLines';
export { shuffleLineList, shuffleLines } from './shuffleLines';
export { InvalidParameterError } from './sklearnParams';
export { joinLines, splitLines, type LineText, type ReadBack } from './splitLines';
export { SPLIT_PYTHON, splitLineList, splitTrainTest } from './splitTrainTest';
