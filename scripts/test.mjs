// `npm test`: everything a change must pass, in one command (CI runs exactly this).
// Type check, formatting, styles and lint first (the boundary rules fail here), then the web build the browser
// tests need, then every test: unit, database (PGlite, or PostgreSQL when DATABASE_URL is set), browser.
import { ensureChromium } from './ensure-chromium.mjs';
import { ensurePoppler } from './ensure-poppler.mjs';
import { run, runOrThrow } from './lib.mjs';

const extra = process.argv.slice(2);
ensureChromium();
ensurePoppler();
console.log('== type check');
runOrThrow('npx', ['tsc', '--noEmit', '-p', '.']);
console.log('== format (prettier --check)');
runOrThrow('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
console.log('== styles (stylelint)');
runOrThrow('npx', ['stylelint', '--max-warnings=0', 'src/**/*.css']);
console.log('== lint');
runOrThrow('npx', ['eslint', '--max-warnings=0', '.']);
console.log('== build web app');
runOrThrow('npx', ['vite', 'build', '--logLevel', 'warn']);
console.log('== tests');
process.exitCode = run('npx', ['vitest', 'run', ...extra]);
