// The only host globals the extension uses beyond ECMAScript: both the Node extension host and the
// browser worker one (vscode.dev) provide them. tsconfig.extension.json type-checks src/extension with
// no Node or DOM types plus these, so a Node-only API cannot slip into the web bundle.
declare const console: { error(...data: unknown[]): void };
declare const crypto: { getRandomValues<T extends Uint32Array>(array: T): T };
/** Both hosts' timer: the generation yields to the event loop between chunks with `setTimeout(resolve, 0)`. */
declare function setTimeout(handler: () => void, timeout?: number): unknown;
