// The Financial model front page: every plan version with its deficits, and the import form.
import { useState } from 'react';
import type { ModelNavigation } from './FinancialModelPage.tsx';
import { ImportPlanForm } from './ImportPlanForm.tsx';
import { listVersions } from './modelApi.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { useLoaded } from '../app/useLoaded.ts';
import { VersionsTable } from './VersionsTable.tsx';

interface Props {
  code: string;
  canEdit: boolean;
  navigation: ModelNavigation;
}

export function VersionsPage({ code, canEdit, navigation }: Props) {
  const { state, reload } = useLoaded(code, () => listVersions(code));
  const [message, setMessage] = useState<{ text: string; takeFocus: boolean } | null>(null);
  const shown =
    message ?? (navigation.notice === null ? null : { text: navigation.notice, takeFocus: false });

  return (
    <>
      <h1>Financial model</h1>
      <p className="lead">
        The council&apos;s DSG High Needs plan versions. Open one to see its lines and figures by year;
        compare two to see the variance.
      </p>
      {shown !== null && <StatusMessage takeFocus={shown.takeFocus}>{shown.text}</StatusMessage>}
      {state.status === 'loading' && <p role="status">Loading the plan versions…</p>}
      {state.status === 'failed' && (
        <p className="error-summary" role="alert">
          The plan versions could not be loaded: {state.message}
        </p>
      )}
      {state.status === 'loaded' &&
        (state.data.versions.length === 0 ? (
          <div className="inset">
            <p>There are no plan versions yet.{canEdit ? ' Import one below.' : ''}</p>
          </div>
        ) : (
          <VersionsTable
            code={code}
            versions={state.data.versions}
            canEdit={canEdit}
            versionHref={navigation.versionHref}
            onChanged={(change) => {
              if (change.copiedTo !== undefined) {
                navigation.go(navigation.versionHref(change.copiedTo), change.message);
                return;
              }
              // The row just deleted held the focus: carry on from the message instead.
              setMessage({ text: change.message, takeFocus: change.deleted === true });
              void reload();
            }}
          />
        ))}
      {canEdit && (
        <ImportPlanForm
          code={code}
          onImported={(name) => {
            setMessage({ text: `Imported “${name}”.`, takeFocus: false });
            void reload();
          }}
        />
      )}
    </>
  );
}
