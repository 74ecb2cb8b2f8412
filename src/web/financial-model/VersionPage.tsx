// One plan version: its opening position, the model grid (editable for a draft by those who may edit),
// and the reconciliation checks that fail on it.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useCouncil } from '../app/council.tsx';
import { useNotice } from '../app/notice.ts';
import { ButtonGroup, ButtonLink } from '../ui/Button.tsx';
import { Facts } from '../ui/Facts.tsx';
import { formatDateTime, formatPounds } from '../ui/format.ts';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { ReadOnly } from '../ui/ReadOnly.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import text from '../ui/text.module.css';
import { AddLineForm } from './AddLineForm.tsx';
import { ChecksPanel } from './ChecksPanel.tsx';
import styles from './financialModel.module.css';
import { ModelGrid } from './ModelGrid.tsx';
import {
  recoveryPlanWorkbookUrl,
  versionFileUrl,
  versionQuery,
  versionWorkbookUrl,
  type VersionDetail,
} from './queries.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { VersionActions } from './VersionActions.tsx';
import { heldByText, isHeld } from './versionHolds.ts';

const route = getRouteApi('/$council/financial-model/version/$name');

export function VersionPage() {
  const { code } = useCouncil();
  const { name } = route.useParams();
  const version = useQuery(versionQuery(code, name));
  const notice = useNotice();

  return (
    <>
      <p className={text.caption}>
        <Link to="/$council/financial-model" params={{ council: code }}>
          Financial model
        </Link>{' '}
        <span aria-hidden="true">›</span> Plan version
      </p>
      <h1>{name}</h1>
      {notice !== null && <StatusMessage>{notice}</StatusMessage>}
      <QueryState query={version} loading="Loading the version…" failed={`“${name}” could not be loaded`}>
        {(detail) => <Version detail={detail} />}
      </QueryState>
    </>
  );
}

function Version({ detail }: { detail: VersionDetail }) {
  const council = useCouncil();
  const navigate = useNavigate();
  const { version, plan } = detail;
  const canEdit = council.can('finance.edit');
  const frozen = version.status === 'frozen';
  // A version a signed Safety Valve return reads cannot change either (the server refuses): read only.
  const held = !frozen && isHeld(version);
  const editable = canEdit && !frozen && !held;
  const code = council.code;
  return (
    <>
      <div className={styles.heading}>
        <StatusBadge status={version.status} />
        <ButtonGroup tight>
          <ButtonLink variant="secondary" small href={versionFileUrl(code, version.name)} download>
            Download JSON
          </ButtonLink>
          <ButtonLink variant="secondary" small href={versionWorkbookUrl(code, version.name)} download>
            Download Excel
          </ButtonLink>
          {detail.hasRecoveryPlan && (
            <ButtonLink variant="secondary" small href={recoveryPlanWorkbookUrl(code, version.name)} download>
              DfE recovery plan (Excel)
            </ButtonLink>
          )}
          {canEdit && (
            <VersionActions
              version={version}
              onChanged={(change) => {
                if (change.copiedTo !== undefined)
                  void navigate({
                    to: '/$council/financial-model/version/$name',
                    params: { council: code, name: change.copiedTo },
                    state: { notice: change.message },
                  });
                else if (change.deleted)
                  void navigate({
                    to: '/$council/financial-model',
                    params: { council: code },
                    state: { notice: change.message },
                  });
              }}
            />
          )}
        </ButtonGroup>
      </div>
      {version.description && <p className={styles.description}>{version.description}</p>}
      <Facts
        layout="small"
        items={[
          ['Cumulative deficit brought forward', formatPounds(plan.opening.cumulativeDeficit)],
          ['DfE contributions received before', formatPounds(plan.opening.dfeContributionsToDate)],
          ['Last updated', formatDateTime(version.updatedAt)],
          version.frozenAt !== null && [
            'Frozen',
            `${formatDateTime(version.frozenAt)}${version.frozenBy ? ` by ${version.frozenBy}` : ''}`,
          ],
        ]}
      />
      {plan.opening.basis && <p className={text.hint}>Opening position: {plan.opening.basis}</p>}
      {frozen && (
        <Notice tone="strong">
          <p>
            <strong>Frozen: copy it to change it.</strong> This version is a fixed record and cannot be
            edited.
          </p>
        </Notice>
      )}
      {held && (
        <Notice tone="strong" role="note">
          <p>
            <strong>Held by a signed return: copy it to change it.</strong> {heldByText(version)} It cannot
            change while that return is signed; an administrator can reopen the return.
          </p>
        </Notice>
      )}
      {!canEdit && (
        <ReadOnly reading="this plan version" changing="changing its figures needs the finance role" />
      )}
      <ModelGrid detail={detail} editable={editable} />
      {editable && <AddLineForm versionName={version.name} />}
      <ChecksPanel checks={detail.checks} />
    </>
  );
}
