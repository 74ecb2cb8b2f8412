// The Financial model front page: every plan version with its deficits, and the import form.
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useCouncil } from '../app/council.tsx';
import { useNotice } from '../app/notice.ts';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { ReadOnly } from '../ui/ReadOnly.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import text from '../ui/text.module.css';
import { ImportPlanForm } from './ImportPlanForm.tsx';
import { versionsQuery } from './queries.ts';
import { VersionsTable, type VersionChange } from './VersionsTable.tsx';

export function VersionsPage() {
  const council = useCouncil();
  const versions = useQuery(versionsQuery(council.code));
  const navigate = useNavigate();
  const notice = useNotice();
  const [message, setMessage] = useState<{ text: string; takeFocus: boolean } | null>(null);
  const canEdit = council.can('finance.edit');
  const shown = message ?? (notice === null ? null : { text: notice, takeFocus: false });

  const changed = (change: VersionChange) => {
    if (change.copiedTo !== undefined) {
      void navigate({
        to: '/$council/financial-model/version/$name',
        params: { council: council.code, name: change.copiedTo },
        state: { notice: change.message },
      });
      return;
    }
    // The row just deleted held the focus: carry on from the message instead.
    setMessage({ text: change.message, takeFocus: change.deleted === true });
  };

  return (
    <>
      <h1>Financial model</h1>
      <p className={text.lead}>
        The council&apos;s DSG High Needs plan versions. Open one to see its lines and figures by year;
        compare two to see the variance.
      </p>
      {!canEdit && <ReadOnly reading="the financial model" changing="changing it needs the finance role" />}
      {shown !== null && <StatusMessage takeFocus={shown.takeFocus}>{shown.text}</StatusMessage>}
      <QueryState
        query={versions}
        loading="Loading the plan versions…"
        failed="The plan versions could not be loaded"
      >
        {(list) =>
          list.length === 0 ? (
            <Notice tone="inset">{`There are no plan versions yet.${canEdit ? ' Import one below.' : ''}`}</Notice>
          ) : (
            <VersionsTable versions={list} canEdit={canEdit} onChanged={changed} />
          )
        }
      </QueryState>
      {canEdit && (
        <ImportPlanForm
          onImported={(name) => setMessage({ text: `Imported “${name}”.`, takeFocus: false })}
        />
      )}
    </>
  );
}
