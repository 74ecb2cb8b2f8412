// The Governance module: the meeting cycle (next meeting of each body), the actions, decisions and
// recommendations tracker with what is overdue, and the progress and issues log. Finance and SEND leads
// record and update entries; everyone with a role reads them.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { dateLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { Badge } from '../ui/Badge.tsx';
import { Facts } from '../ui/Facts.tsx';
import { TextField } from '../ui/Field.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { ReadOnly } from '../ui/ReadOnly.tsx';
import text from '../ui/text.module.css';
import { governanceQuery } from './queries.ts';
import { AddMeetingForm } from './AddMeetingForm.tsx';
import { CycleTable } from './CycleTable.tsx';
import { RecordItemForm } from './RecordItemForm.tsx';
import { TrackerTable } from './TrackerTable.tsx';

const route = getRouteApi('/$council/governance');

export function GovernancePage() {
  const council = useCouncil();
  const { asAt } = route.useSearch();
  const navigate = useNavigate();
  const view = useQuery(governanceQuery(council.code, asAt));
  const canEdit = council.can('governance.edit');
  const id = useId();
  return (
    <>
      <h1>Governance</h1>
      <p className={text.lead}>
        The boards, committees and forums that oversee the High Needs Block, and what they have decided, asked
        for and recommended.
      </p>
      {!canEdit && (
        <ReadOnly
          reading="the meeting cycle and the tracker"
          changing="recording or updating entries needs the finance or SEND role"
        />
      )}
      <TextField
        label="As at"
        hint="Next meetings and overdue entries are counted from this date; leave it empty for today."
        type="date"
        value={asAt ?? ''}
        onChange={(event) =>
          void navigate({
            to: '/$council/governance',
            params: { council: council.code },
            search: { asAt: event.target.value === '' ? undefined : event.target.value },
            replace: true,
          })
        }
      />
      <QueryState
        query={view}
        loading="Loading the governance tracker…"
        failed="The tracker could not be loaded"
      >
        {(v) => {
          const tracked = v.items.filter((i) => i.kind !== 'progress' && i.kind !== 'issue');
          const log = v.items.filter((i) => i.kind === 'progress' || i.kind === 'issue');
          return (
            <>
              <Facts
                layout="small"
                testId="tracker-summary"
                items={[
                  ['As at', dateLabel(v.asAt)],
                  ['Open', String(v.summary.open)],
                  ['In progress', String(v.summary.inProgress)],
                  [
                    'Overdue',
                    v.summary.overdue > 0 ? (
                      <Badge tone="warning">{`${v.summary.overdue} overdue`}</Badge>
                    ) : (
                      'None'
                    ),
                  ],
                  ['Done', String(v.summary.done)],
                ]}
              />
              <section aria-labelledby={`${id}-cycle`}>
                <h2 id={`${id}-cycle`}>Meeting cycle</h2>
                {canEdit && <AddMeetingForm view={v} />}
                <CycleTable view={v} />
              </section>
              <section aria-labelledby={`${id}-tracker`}>
                <h2 id={`${id}-tracker`}>Actions, decisions and recommendations</h2>
                {canEdit && (
                  <RecordItemForm
                    view={v}
                    kinds={['action', 'decision', 'recommendation']}
                    opener="Record an action"
                  />
                )}
                <TrackerTable
                  items={tracked}
                  label="Actions, decisions and recommendations"
                  testId="tracker"
                  canEdit={canEdit}
                />
              </section>
              <section aria-labelledby={`${id}-log`}>
                <h2 id={`${id}-log`}>Progress and issues log</h2>
                {canEdit && (
                  <RecordItemForm
                    view={v}
                    kinds={['progress', 'issue']}
                    opener="Record progress or an issue"
                  />
                )}
                <TrackerTable items={log} label="Progress and issues log" testId="log" canEdit={canEdit} />
              </section>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
