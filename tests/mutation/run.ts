// Runs test files written for Vitest in one bare Node process (see vitest-shim.ts); exits 1 on any
// failure. Usage: node tests/mutation/run.ts tests/unit/search-modules.test.ts …
import { registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const shim = new URL('./vitest-shim.ts', import.meta.url).href;
registerHooks({
  resolve: (specifier, context, next) => (specifier === 'vitest' ? { url: shim, shortCircuit: true } : next(specifier, context)),
});
const { collected } = (await import(shim)) as typeof import('./vitest-shim.ts');
for (const file of process.argv.slice(2)) await import(pathToFileURL(path.resolve(file)).href);
let failed = 0;
for (const { name, body } of collected) {
  try {
    await body();
  } catch (e) {
    failed++;
    if (!process.env['QUIET']) console.error(`✗ ${name}: ${(e as Error).message.slice(0, 300)}`);
  }
}
console.log(`${collected.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
