// Starts a real highneeds server on a free port with a throwaway data folder, and Debian Chromium to drive it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const chromiumPath = '/usr/bin/chromium';
// Generous: the test machines are shared, and a server's first start migrates a new database.
const startupTimeoutMs = 150_000;

/** The demo council's users, loaded by the server with Kingston upon Thames (314). */
export const demoUsers = {
  finance: { email: 'finance@kingston.example', password: 'kingston-finance' },
  viewer: { email: 'viewer@kingston.example', password: 'kingston-viewer' },
  admin: { email: 'admin@kingston.example', password: 'kingston-admin' },
  send: { email: 'send@kingston.example', password: 'kingston-send' },
  s151: { email: 's151@kingston.example', password: 'kingston-s151' },
  dcs: { email: 'dcs@kingston.example', password: 'kingston-dcs' },
} as const;

export type DemoUser = (typeof demoUsers)[keyof typeof demoUsers];

export interface RunningServer {
  url: string;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s) and removes a data folder the harness made. */
  stop(): Promise<void>;
  /** Kills the server at once with SIGKILL, as a crash would; the data folder is kept. */
  crash(): Promise<void>;
  /** Everything the server printed (the last 8,000 characters). */
  output(): string;
}

/** A free loopback port: ask the kernel for one, then let it go for the server to take. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not read the port the probe listened on'));
      });
    });
  });
}

/** Builds the web assets once when dist/web is missing (`npm test` normally builds them first). */
export function ensureWebBuilt(): void {
  if (existsSync(join(repoRoot, 'dist/web/index.html'))) return;
  const build = spawnSync('npx', ['vite', 'build'], { cwd: repoRoot, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(
      `npx vite build failed (exit ${build.status ?? build.signal}):\n${build.stdout}\n${build.stderr}`,
    );
  }
}

const bin = join(repoRoot, 'bin/highneeds.js');

/** Runs one `highneeds` command against a data folder, e.g. to add a council before the server starts. */
export type RunCli = (args: string[], stdin?: string) => void;

export interface ServerOptions {
  /** Commands to run on the new data folder before `serve` opens it (only one process may own it). */
  prepare?: (cli: RunCli) => void;
  /** Use this data folder (kept afterwards) instead of a new temporary one. */
  dataDir?: string;
  /** Load the demo's synthetic SEN2 returns too (seconds more at start-up; only the SEN2 tests need them). */
  sen2Demo?: boolean;
}

function cliFor(dataDir: string): RunCli {
  return (args, stdin) => {
    const run = spawnSync(process.execPath, [bin, ...args, '--data', dataDir], {
      cwd: repoRoot,
      input: stdin,
      encoding: 'utf8',
      timeout: 240_000, // a national import on a loaded, shared machine
    });
    if (run.status !== 0) {
      throw new Error(
        `highneeds ${args.join(' ')} failed (exit ${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`,
      );
    }
  };
}

/** Runs `highneeds serve` on a free port with a new data folder; resolves once /api/health answers 200. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  ensureWebBuilt();
  if (!existsSync(bin))
    throw new Error(`${bin} does not exist: the e2e tests need the highneeds command line`);
  const port = await freePort();
  const ownFolder = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hn-e2e-'));
  try {
    options.prepare?.(cliFor(dataDir));
  } catch (error) {
    if (ownFolder) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  // Its own process group, so stopping it also stops anything it started.
  const child = spawn(
    process.execPath,
    [
      bin,
      'serve',
      '--port',
      String(port),
      '--data',
      dataDir,
      ...(options.sen2Demo === true ? [] : ['--demo-without-sen2']),
    ],
    {
      cwd: repoRoot,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  const url = `http://localhost:${port}`;
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopProcess(child);
    if (ownFolder) rmSync(dataDir, { recursive: true, force: true });
  };
  const crash = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child, 'SIGKILL');
    await exited;
  };
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, crash, output: () => output };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + startupTimeoutMs;
  const status: { exited: string | null } = { exited: null };
  child.once('exit', (code, signal) => (status.exited = `exited with ${code ?? signal}`));
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (status.exited !== null)
      throw new Error(`highneeds serve ${status.exited} before it was healthy. Its output:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      lastProblem = `GET /api/health answered ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `highneeds serve was not healthy at ${url} after ${startupTimeoutMs / 1000} s (${lastProblem}). Its output:\n${output()}`,
  );
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  killGroup(child, 'SIGTERM');
  const forced = setTimeout(() => killGroup(child, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
}

/** Debian's Chromium, headless; Playwright's own browser download cannot work on these machines. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `${chromiumPath} is missing. The browser tests use Debian's chromium: \`npm test\` installs it ` +
        '(scripts/ensure-chromium.mjs), or run `apt-get install chromium` as root.',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** One server and one browser for a test file; each page gets its own cookies. */
/**
 * Starts one server and browser for the enclosing describe block (beforeAll) and stops them (afterAll);
 * returns the running stack. Call it at the top of a describe.
 */
export function useStack(options: ServerOptions = {}, startTimeoutMs = 240_000): () => Stack {
  let stack: Stack | undefined;
  beforeAll(async () => {
    stack = await startStack(options);
  }, startTimeoutMs);
  afterAll(async () => {
    await stack?.close();
  }, 60_000);
  return () => {
    if (!stack) throw new Error('The server and browser did not start: see the beforeAll error above.');
    return stack;
  };
}

export interface Stack {
  url: string;
  browser: Browser;
  /** A page in a fresh browser context (no session) at laptop size. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startStack(options: ServerOptions = {}): Promise<Stack> {
  const server = await startServer(options);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.stop();
    throw error;
  }
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    browser,
    async newPage() {
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width: 1366, height: 768 },
      });
      context.setDefaultTimeout(15_000);
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      await Promise.allSettled(contexts.map((context) => context.close()));
      await browser.close().catch(() => undefined);
      await server.stop();
    },
  };
}

/** Signs in through the sign-in page and waits for the signed-in frame (its Sign out button). */
export async function signIn(page: Page, user: DemoUser): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
