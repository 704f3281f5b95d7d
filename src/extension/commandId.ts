/**
 * Every command id the extension contributes. They are public API: keybindings, `when` clauses
 * and other extensions refer to them, so they never change. package.json lists the same ids
 * (a unit test checks both ways).
 */
export enum CommandId {
  Insert = 'seededRandom.insert',
  SetSeed = 'seededRandom.setSeed',
  NewSeed = 'seededRandom.newSeed',
  SelectEngine = 'seededRandom.selectEngine',
  RepeatLast = 'seededRandom.repeatLast',
  ResetSequence = 'seededRandom.resetSequence',
}
