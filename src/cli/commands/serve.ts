import path from 'node:path';
import { serve } from '@hono/node-server';
import { demoCouncil, loadDemo } from '../../services/demo';
import { importNationalFolderOnce } from '../../services/national/nationalFolder';
import { openRuntime } from '../../services/runtime';
import { createApp } from '../../server/app';
import { deploymentFromEnv, type DeploymentSettings } from '../../server/guard';
import { serveWebApp } from '../../server/staticFiles';
import { databaseOptions, databaseUsage, optionalString, UsageError, type Command } from '../command';
import { demoSignIns } from './demo';
import { commandLineActor, runtimeOptions } from './withRuntime';
import { startServerJobs } from './serveJobs';

const webRoot = path.resolve(import.meta.dirname, '..', '..', '..', 'dist', 'web');

export const serveCommand: Command = {
  words: ['serve'],
  summary: 'Run the web app and API (migrates the database and loads the demo council the first time)',
  usage: `highneeds serve [--port N] [--host HOST] [--data DIR] [--no-demo] [--demo-without-sen2]
       [--national-data DIR]

  --port N     port to listen on (default 3000, or $PORT)
  --host HOST  address to listen on (default localhost)
  --no-demo    do not load the demo council
  --demo-without-sen2  load the demo council without its synthetic SEN2 returns (quicker: the
               browser tests use it except where they test SEN2)
  --national-data DIR  import the published DfE files in DIR the first time (npm start passes
               ../shared/data/dfe); skipped when the instance already holds EHCP statistics
  --no-worker  with DATABASE_URL: leave the job queue to \`highneeds worker\` processes
  --trust-proxy  behind your own TLS-terminating proxy: believe its X-Forwarded-Proto, -Host and -For
               (or HIGHNEEDS_TRUST_PROXY=1); HIGHNEEDS_SECURE_COOKIES=always marks the session cookie
               Secure whatever the request says; HIGHNEEDS_ALLOWED_ORIGINS lists other origins that may
               send changes (README, "Deployment settings")
${databaseUsage}`,
  options: {
    ...databaseOptions,
    port: { type: 'string' },
    host: { type: 'string' },
    'no-demo': { type: 'boolean' },
    'demo-without-sen2': { type: 'boolean' },
    'national-data': { type: 'string' },
    'no-worker': { type: 'boolean' },
    'trust-proxy': { type: 'boolean' },
  },
  async run(args, io) {
    const port = Number(optionalString(args, 'port') ?? io.env.PORT ?? 3000);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a port number, not '${String(args.values.port)}'.`);
    const host = optionalString(args, 'host') ?? 'localhost';
    let deployment: DeploymentSettings;
    try {
      deployment = deploymentFromEnv(io.env, args.values['trust-proxy'] === true);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const runtime = await openRuntime(runtimeOptions(args, io));
    io.out(`Database: ${runtime.database.kind} (${runtime.database.location}), schema up to date.`);
    if (
      args.values['no-demo'] !== true &&
      (await loadDemo(runtime.ctx, commandLineActor(io.env), {
        sen2: args.values['demo-without-sen2'] !== true,
      }))
    ) {
      io.out(`Loaded the demo council ${demoCouncil.name} (${demoCouncil.code}).`);
    }
    const nationalDir = optionalString(args, 'national-data');
    if (nationalDir !== undefined) {
      const folder = await importNationalFolderOnce(runtime.ctx, commandLineActor(io.env), nationalDir);
      if (folder.status === 'noFolder')
        io.out(
          `No national data folder at ${nationalDir}: the benchmarking page will say how to import the DfE's files.`,
        );
      for (const f of folder.files) io.out(`National data: ${f.file}: ${f.outcome}`);
    }
    const stopJobs = await startServerJobs(runtime.ctx, io, args.values['no-worker'] !== true);
    const app = createApp(runtime.ctx, {
      deployment,
      staticRoutes: serveWebApp(webRoot),
      // Only the error itself: request bodies may describe children and never reach the log.
      logError: (error) =>
        io.err(
          `Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
    });
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      io.out(`highneeds is running at http://localhost:${info.port}`);
      if (args.values['no-demo'] !== true) io.out(demoSignIns());
      io.out('Press Ctrl+C to stop.');
    });
    // Idle keep-alive connections are kept longer than a proxy's or a browser's idle limit (60 s is common),
    // so the server never closes one just as the other end reuses it (ECONNRESET, or a 502 from the proxy).
    if ('keepAliveTimeout' in server) {
      server.keepAliveTimeout = 65_000;
      server.headersTimeout = 66_000;
    }
    await new Promise<void>((resolve) => {
      const stop = () => {
        server.close(() => {
          void stopJobs().finally(() => void runtime.close().then(resolve));
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  },
};
