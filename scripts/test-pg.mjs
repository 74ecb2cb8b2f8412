// `npm run test:pg`: the database tests against a real PostgreSQL 15 server.
// Starts a throwaway cluster from Debian's postgresql package on a free loopback port (installing the
// package if missing), runs every *.db.test.ts with DATABASE_URL pointing at it, and stops it.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { aptInstall, exists, isRoot, run, runOrThrow } from './lib.mjs';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensurePoppler } from './ensure-poppler.mjs';

const BIN = '/usr/lib/postgresql/15/bin';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

if (!exists(path.join(BIN, 'initdb'))) aptInstall(['postgresql-15'], 'npm run test:pg');
// The report database tests render a PDF and read it back.
ensureChromium();
ensurePoppler();

// PostgreSQL refuses to run as root: as root, run the server as the package's `postgres` user.
const asPostgres = (command, args) =>
  isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hn-pg-'));
fs.chmodSync(dir, 0o777);
const dataDir = path.join(dir, 'data');
const port = await freePort();
let started = false;
try {
  runOrThrow(
    ...asPostgres(path.join(BIN, 'initdb'), [
      '-D',
      dataDir,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--no-sync',
    ]),
  );
  runOrThrow(
    ...asPostgres(path.join(BIN, 'pg_ctl'), [
      '-D',
      dataDir,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
      'start',
    ]),
  );
  started = true;
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  console.log(`== PostgreSQL 15 on 127.0.0.1:${port}: database tests`);
  // Extra arguments narrow the run (e.g. `npm run test:pg -- src/services/kpi`); by default every database test.
  const filters = process.argv.slice(2);
  process.exitCode = run('npx', ['vitest', 'run', ...(filters.length > 0 ? filters : ['.db.test.'])], {
    env: { ...process.env, DATABASE_URL: url },
  });
} finally {
  if (started) run(...asPostgres(path.join(BIN, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']));
  fs.rmSync(dir, { recursive: true, force: true });
}
