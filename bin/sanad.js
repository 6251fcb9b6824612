#!/usr/bin/env node
/**
 * `npm start` and `npm run ask`: one launcher for both kinds of install.
 *
 * - A development install (`npm ci`) has tsx, the TypeScript loader: the source in src/ runs as it
 *   is, so what you edit is what runs, with no build step.
 * - A production install (`npm ci --omit=dev`) has no tsx: the JavaScript that `npm run build`
 *   compiled into dist/ runs on plain Node.
 *
 * Usage: node bin/sanad.js [start|ask] [arguments for the program]
 */
import { existsSync } from 'node:fs';

/** Launcher commands and the module each runs (under src/ as .ts, or under dist/ as .js). */
const ENTRIES = { start: 'main', ask: 'cli/ask' };

const name = process.argv[2] ?? 'start';
const entry = Object.hasOwn(ENTRIES, name) ? ENTRIES[name] : undefined;
if (entry === undefined) {
  process.stderr.write(`sanad: unknown command "${name}"; use "start" or "ask" (npm start, npm run ask)\n`);
  process.exit(2);
}
// The command is the launcher's; the program sees only its own arguments, as if started directly.
process.argv.splice(2, 1);

const root = new URL('../', import.meta.url);
if (hasTsx()) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL(`src/${entry}.ts`, root).href);
} else {
  const compiled = new URL(`dist/${entry}.js`, root);
  if (!existsSync(compiled)) {
    process.stderr.write(
      'sanad: dist/ is missing and tsx (a dev dependency) is not installed, so there is nothing to run.\n' +
        'Build first, with the dev dependencies: npm ci && npm run build, then npm ci --omit=dev && npm start.\n',
    );
    process.exit(1);
  }
  // Stack traces then name the TypeScript source lines (tsc writes the maps beside the code).
  process.setSourceMapsEnabled(true);
  await import(compiled.href);
}

function hasTsx() {
  try {
    import.meta.resolve('tsx/esm/api');
    return true;
  } catch {
    return false;
  }
}
