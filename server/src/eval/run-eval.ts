/**
 * Entry point of the `npm run eval` script in package.json (dist/eval/run-eval.js); the CLI
 * itself is server/src/cli/eval-command.ts.
 */
import '../cli/eval-command';
