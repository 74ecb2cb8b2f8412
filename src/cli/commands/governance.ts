import { bodyKindNames, kindNames, statusNames } from '../../core/governance';
import { addItem, governanceView, setItemStatus } from '../../services/governance';
import {
  databaseOptions,
  databaseUsage,
  optionalString,
  requireOption,
  UsageError,
  type Command,
} from '../command';
import { renderTable } from '../table';
import { commandLineActor, withRuntime } from './withRuntime';

// `highneeds governance ...`: the meeting cycle and tracker from the command line, through the same
// services as the Governance page (audited as the command line).

export const governanceList: Command = {
  words: ['governance', 'list'],
  summary: 'Print the meeting cycle (next meeting of each body) and the tracker, overdue entries marked',
  usage: `highneeds governance list --council CODE [--as-at YYYY-MM-DD] [--format table|json] [--data DIR]
  --as-at DATE   the date next meetings and overdue entries are counted from (default: today)
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    'as-at': { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const asAt = optionalString(args, 'as-at');
    const format = optionalString(args, 'format') ?? 'table';
    if (format !== 'table' && format !== 'json')
      throw new UsageError(`--format must be table or json, not '${format}'.`);
    return withRuntime(args, io, async (runtime) => {
      const view = await governanceView(runtime.ctx, commandLineActor(io.env), council, asAt ? { asAt } : {});
      if (format === 'json') {
        io.out(JSON.stringify(view, null, 2));
        return 0;
      }
      io.out(`Meeting cycle as at ${view.asAt}`);
      io.out(
        renderTable(
          ['Body', 'Kind', 'Meets', 'Next meeting'],
          view.bodies.map((b) => [
            b.name,
            bodyKindNames[b.kind],
            b.cadence,
            b.next ? `${b.next.meetsOn}${b.next.basis === 'cadence' ? ' (expected)' : ''}` : 'not known',
          ]),
        ),
      );
      io.out('');
      io.out(
        `Tracker: ${view.summary.open} open, ${view.summary.inProgress} in progress, ${view.summary.overdue} overdue`,
      );
      io.out(
        renderTable(
          ['Id', 'Kind', 'Entry', 'Owner', 'Due', 'Status'],
          view.items.map((i) => [
            String(i.id),
            kindNames[i.kind].one,
            i.reference ? `${i.reference}: ${i.title}` : i.title,
            i.owner ?? '',
            i.dueOn ? `${i.dueOn}${i.overdue ? ' OVERDUE' : ''}` : '',
            statusNames[i.status],
          ]),
        ),
      );
      return 0;
    });
  },
};

export const governanceAddAction: Command = {
  words: ['governance', 'add-action'],
  summary: 'Record an action with its owner and due date in the governance tracker',
  usage: `highneeds governance add-action --council CODE --title TEXT [--owner TEXT] [--due YYYY-MM-DD] [--workstream TEXT] [--data DIR]
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    title: { type: 'string' },
    owner: { type: 'string' },
    due: { type: 'string' },
    workstream: { type: 'string' },
  },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const title = requireOption(args, 'title');
    return withRuntime(args, io, async (runtime) => {
      const id = await addItem(runtime.ctx, commandLineActor(io.env), council, {
        kind: 'action',
        title,
        owner: optionalString(args, 'owner') ?? null,
        dueOn: optionalString(args, 'due') ?? null,
        workstream: optionalString(args, 'workstream') ?? null,
      });
      io.out(`Recorded action ${id}: ${title.trim()}.`);
      return 0;
    });
  },
};

export const governanceSetStatus: Command = {
  words: ['governance', 'set-status'],
  summary: 'Mark a tracker entry done, closed, in progress or open again',
  usage: `highneeds governance set-status --council CODE --id N --status open|inProgress|done|closed [--progress TEXT] [--data DIR]
${databaseUsage}`,
  options: {
    ...databaseOptions,
    council: { type: 'string' },
    id: { type: 'string' },
    status: { type: 'string' },
    progress: { type: 'string' },
  },
  async run(args, io) {
    const council = requireOption(args, 'council');
    const idText = requireOption(args, 'id');
    const id = Number(idText);
    if (!Number.isInteger(id) || id <= 0)
      throw new UsageError(`--id must be an entry's number, not '${idText}'.`);
    return withRuntime(args, io, async (runtime) => {
      const changed = await setItemStatus(runtime.ctx, commandLineActor(io.env), council, id, {
        status: requireOption(args, 'status'),
        progress: optionalString(args, 'progress') ?? null,
      });
      io.out(`The ${changed.kind} ${id} is now ${statusNames[changed.status].toLowerCase()}.`);
      return 0;
    });
  },
};

export const governanceCommands = [governanceList, governanceAddAction, governanceSetStatus];
