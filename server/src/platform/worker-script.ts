import fs from 'node:fs';
import path from 'node:path';

/**
 * Path of a compiled worker script. In dist/ it sits next to the caller; under Jest the caller is
 * a TypeScript source in server/src, so the built copy in dist/ is used (npm test builds first).
 */
export function resolveWorkerScript(callerDirectory: string, fileName: string): string {
  const sibling = path.join(callerDirectory, fileName);
  if (fs.existsSync(sibling)) return sibling;
  const sourceRoot = path.resolve(__dirname, '..');
  const relative = path.relative(sourceRoot, callerDirectory);
  const built = path.resolve(sourceRoot, '../../dist', relative, fileName);
  if (fs.existsSync(built)) return built;
  throw new Error(`Worker script not found (looked at ${sibling} and ${built}); run "npm run build"`);
}
