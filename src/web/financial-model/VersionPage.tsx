// One plan version: its opening position, the model grid (editable for a draft by those who may edit),
// and the reconciliation checks that fail on it.
import { AddLineForm } from './AddLineForm.tsx';
import { ChecksPanel } from './ChecksPanel.tsx';
import type { ModelNavigation } from './FinancialModelPage.tsx';
import { formatDateTime, formatPounds } from '../ui/format.ts';
import {
  getVersion,
  recoveryPlanWorkbookUrl,
  versionFileUrl,
  versionWorkbookUrl,
  type VersionDetail,
} from './modelApi.ts';
import { ModelGrid } from './ModelGrid.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { useLoaded } from '../app/useLoaded.ts';
import { VersionActions } from './VersionActions.tsx';

interface Props {
  code: string;
  name: string;
  canEdit: boolean;
  navigation: ModelNavigation;
}

export function VersionPage({ code, name, canEdit, navigation }: Props) {
  const { state, reload } = useLoaded(`${code}/${name}`, () => getVersion(code, name));

  return (
    <>
      <p className="caption">
        <a href={navigation.versionsHref}>Financial model</a> <span aria-hidden="true">›</span> Plan version
      </p>
      <h1>{name}</h1>
      {navigation.notice !== null && <StatusMessage>{navigation.notice}</StatusMessage>}
      {state.status === 'loading' && <p role="status">Loading the version…</p>}
      {state.status === 'failed' && (
        <p className="error-summary" role="alert">
          “{name}” could not be loaded: {state.message}
        </p>
      )}
      {state.status === 'loaded' && (
        <Version code={code} detail={state.data} canEdit={canEdit} navigation={navigation} reload={reload} />
      )}
    </>
  );
}

interface VersionProps {
  code: string;
  detail: VersionDetail;
  canEdit: boolean;
  navigation: ModelNavigation;
  reload: () => Promise<void>;
}

function Version({ code, detail, canEdit, navigation, reload }: VersionProps) {
  const { version, plan } = detail;
  const frozen = version.status === 'frozen';
  const editable = canEdit && !frozen;
  return (
    <>
      <div className="version-heading">
        <StatusBadge status={version.status} />
        <div className="actions">
          <a
            className="button button-small button-secondary"
            href={versionFileUrl(code, version.name)}
            download
          >
            Download JSON
          </a>
          <a
            className="button button-small button-secondary"
            href={versionWorkbookUrl(code, version.name)}
            download
          >
            Download Excel
          </a>
          {detail.hasRecoveryPlan && (
            <a
              className="button button-small button-secondary"
              href={recoveryPlanWorkbookUrl(code, version.name)}
              download
            >
              DfE recovery plan (Excel)
            </a>
          )}
          {canEdit && (
            <VersionActions
              code={code}
              version={version}
              onChanged={(change) => {
                if (change.copiedTo !== undefined)
                  navigation.go(navigation.versionHref(change.copiedTo), change.message);
                else if (change.deleted) navigation.go(navigation.versionsHref, change.message);
                else void reload();
              }}
            />
          )}
        </div>
      </div>
      {version.description && <p className="description">{version.description}</p>}
      <dl className="facts facts-small">
        <div>
          <dt>Cumulative deficit brought forward</dt>
          <dd>{formatPounds(plan.opening.cumulativeDeficit)}</dd>
        </div>
        <div>
          <dt>DfE contributions received before</dt>
          <dd>{formatPounds(plan.opening.dfeContributionsToDate)}</dd>
        </div>
        <div>
          <dt>Last updated</dt>
          <dd>{formatDateTime(version.updatedAt)}</dd>
        </div>
        {version.frozenAt !== null && (
          <div>
            <dt>Frozen</dt>
            <dd>
              {formatDateTime(version.frozenAt)}
              {version.frozenBy ? ` by ${version.frozenBy}` : ''}
            </dd>
          </div>
        )}
      </dl>
      {plan.opening.basis && <p className="hint">Opening position: {plan.opening.basis}</p>}
      {frozen && (
        <div className="notice notice-frozen">
          <p>
            <strong>Frozen: copy it to change it.</strong> This version is a fixed record and cannot be
            edited.
          </p>
        </div>
      )}
      <ModelGrid code={code} detail={detail} editable={editable} onChanged={reload} />
      {editable && <AddLineForm code={code} versionName={version.name} onAdded={reload} />}
      <ChecksPanel checks={detail.checks} />
    </>
  );
}
