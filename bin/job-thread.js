// A job worker thread: registers tsx in this thread (loader hooks are per thread on Node 20), then runs
// the TypeScript thread body. See src/jobs/threadPool.ts.
import { register } from 'tsx/esm/api';

register();
await import('../src/jobs/threadMain.ts');
