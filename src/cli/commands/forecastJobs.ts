// The forecast job commands: `highneeds worker` (the PostgreSQL queue's worker process).
import type { Command } from '../command';
import { workerCommand } from './worker';

export const forecastJobCommands: Command[] = [workerCommand];
