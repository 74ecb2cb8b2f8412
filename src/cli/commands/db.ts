import { databaseOptions, databaseUsage, type Command } from '../command';
import { withRuntime } from './withRuntime';

export const dbMigrate: Command = {
  words: ['db', 'migrate'],
  summary: 'Bring the database schema up to date',
  usage: `highneeds db migrate [--data DIR]\n\n${databaseUsage}`,
  options: databaseOptions,
  async run(args, io) {
    await withRuntime(args, io, (runtime) => {
      io.out(`Database is up to date (${runtime.database.kind}, ${runtime.database.location}).`);
      return Promise.resolve();
    });
  },
};
