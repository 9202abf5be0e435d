import type * as Jose from 'jose' with { 'resolution-mode': 'import' };

export type JoseModule = typeof Jose;

/**
 * jose 6 is ESM-only. The compiled service (CommonJS, module node16) keeps `import()` as a real
 * dynamic import, but Jest's SWC transform rewrites `import()` into `require()`, which Jest cannot
 * apply to ESM on Node 20. A direct eval is left alone by both and, unlike `new Function` (whose
 * compiled code V8 may share between Jest's per-file contexts), resolves from this module. This is
 * the only place that loads jose.
 */
let loading: Promise<JoseModule> | undefined;

export function loadJose(): Promise<JoseModule> {
  // eslint-disable-next-line no-eval
  loading ??= eval("import('jose')") as Promise<JoseModule>;
  return loading;
}
