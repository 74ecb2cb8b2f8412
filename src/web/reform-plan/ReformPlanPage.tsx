// One reform plan (`#/314/reform-plan/3`): its settings, its mitigations in the plan's order (add,
// change, move, remove), running it with progress, its results (PlanResults), what-ifs one click each,
// and (finance rights) pushing it into the draft plan version, with a link to the comparison.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { useNotice } from '../app/notice.ts';
import { inputSetsQuery } from '../forecasts/queries.ts';
import { Facts } from '../ui/Facts.tsx';
import { FormError } from '../ui/FormError.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import { Notice } from '../ui/Notice.tsx';
import { ReadOnly } from '../ui/ReadOnly.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import text from '../ui/text.module.css';
import { MitigationsSection } from './MitigationsSection.tsx';
import { PlanPushForm } from './PlanPushForm.tsx';
import { PlanResults } from './PlanResults.tsx';
import { PlanSettingsForm } from './PlanSettingsForm.tsx';
import { planQuery, type Plan } from './queries.ts';
import { RunSection } from './RunSection.tsx';

const route = getRouteApi('/$council/reform-plan/$plan');

export function ReformPlanPage() {
  const { code } = useCouncil();
  const id = Number(route.useParams().plan);
  const plan = useQuery({ ...planQuery(code, id), enabled: Number.isInteger(id) });
  return (
    <>
      <p className={text.caption}>
        <Link to="/$council/reform-plan" params={{ council: code }}>
          All reform plans
        </Link>
      </p>
      <h1>{plan.data ? plan.data.name : 'Reform plan'}</h1>
      {!Number.isInteger(id) ? (
        <Notice tone="inset">There is no reform plan with this number.</Notice>
      ) : plan.status === 'pending' ? (
        <p role="status">Loading the reform plan…</p>
      ) : plan.status === 'error' ? (
        <FormError>{`The reform plan could not be loaded: ${messageOf(plan.error)}`}</FormError>
      ) : (
        <PlanView plan={plan.data} />
      )}
    </>
  );
}

function PlanView({ plan }: { plan: Plan }) {
  const council = useCouncil();
  const notice = useNotice();
  const [message, setMessage] = useState<string | null>(notice);
  const inputs = useQuery(inputSetsQuery(council.code));
  const settings = inputs.data?.find((s) => s.id === plan.inputSet.id)?.summary.settings ?? [];
  const canEdit = council.can('forecasts.run');
  const result = plan.runs.plan?.status === 'completed' ? plan.runs.plan.result : null;
  const illustrative = plan.mitigations.some((m) => m.illustrative);
  return (
    <>
      <Facts
        layout="small"
        items={[
          ['Plan period', `${plan.period.from} to ${plan.period.until}`],
          ['Forecast inputs', plan.inputSet.name],
          ['Model', plan.mode === 'witan' ? 'witan.send, as published' : 'Recommended'],
          ['Simulations', `${formatCount(plan.simulations)}, seed ${plan.seed}`],
          ['Plan version', plan.planVersion ?? 'None chosen: the bridge has no funding'],
        ]}
      />
      {illustrative && (
        <Notice tone="strong" role="note">
          Illustrative: the mitigations marked so are worked examples re-expressed from the council’s earlier
          workstreams, not agreed figures.
        </Notice>
      )}
      {!canEdit && (
        <ReadOnly
          reading="this reform plan"
          changing="changing or running it needs the finance or SEND service role"
        />
      )}
      {message !== null && <StatusMessage>{message}</StatusMessage>}
      {canEdit && <PlanSettingsForm key={plan.revision} plan={plan} onDone={setMessage} />}
      <MitigationsSection plan={plan} settings={settings} canEdit={canEdit} onDone={setMessage} />
      <RunSection plan={plan} canRun={canEdit} onDone={setMessage} />
      {result && <PlanResults result={result} />}
      {result && council.can('finance.edit') && plan.planVersion !== null && <PlanPushForm plan={plan} />}
      {result && plan.planVersion !== null && (
        <p>
          <Link
            to="/$council/financial-model/compare"
            params={{ council: council.code }}
            search={{ to: plan.planVersion }}
          >
            {`Compare “${plan.planVersion}” with another version`}
          </Link>
        </p>
      )}
    </>
  );
}
