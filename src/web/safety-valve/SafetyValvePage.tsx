// The Safety Valve module's front page (`#/314/safety-valve`): the quarterly returns and the agreement with
// the DfE. One return is its own page (`#/314/safety-valve/returns/2021-22-Q1`).
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ApiError } from '../app/api.ts';
import { useCouncil } from '../app/council.tsx';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { ReadOnly } from '../ui/ReadOnly.tsx';
import text from '../ui/text.module.css';
import { AgreementPanel } from './AgreementPanel.tsx';
import { agreementQuery, returnsQuery } from './queries.ts';
import { ReturnsList } from './ReturnsList.tsx';
import { StartReturnForm } from './StartReturnForm.tsx';

export function SafetyValvePage() {
  const council = useCouncil();
  const id = useId();
  const agreement = useQuery(agreementQuery(council.code));
  const returns = useQuery(returnsQuery(council.code));
  const canEdit = council.can('finance.edit');
  const missing = agreement.error instanceof ApiError && agreement.error.status === 404;
  return (
    <>
      <h1>Safety Valve</h1>
      <p className={text.lead}>
        The council’s Safety Valve agreement with the Department for Education: the conditions it must meet,
        the payments the DfE makes as it does, and the quarterly returns that report progress.
      </p>
      {!canEdit && (
        <ReadOnly
          reading="the agreement and its returns"
          changing="starting a return and recording payments need the finance role"
        />
      )}
      <section aria-labelledby={`${id}-returns`}>
        <h2 id={`${id}-returns`}>Quarterly returns</h2>
        <QueryState query={returns} loading="Loading the returns…" failed="The returns could not be loaded">
          {(list) => <ReturnsList returns={list} />}
        </QueryState>
        {canEdit && agreement.data && (
          <StartReturnForm
            agreement={agreement.data.agreement}
            held={(returns.data ?? []).map((r) => r.period)}
          />
        )}
      </section>
      {missing ? (
        <Notice tone="inset">No Safety Valve agreement is recorded for this council.</Notice>
      ) : (
        <QueryState
          query={agreement}
          loading="Loading the agreement…"
          failed="The agreement could not be loaded"
        >
          {(view) => <AgreementPanel view={view} canEdit={canEdit} />}
        </QueryState>
      )}
    </>
  );
}
