// The Safety Valve module: the agreement with the DfE and the quarterly returns
// (`#/314/safety-valve`), and one return (`#/314/safety-valve/returns/2021-22-Q1`).
import { useId } from 'react';
import { AgreementPanel } from './AgreementPanel.tsx';
import { ReturnPage } from './ReturnPage.tsx';
import { ReturnsList } from './ReturnsList.tsx';
import { parseSubRoute, useHash } from '../app/route.ts';
import { getAgreement, listReturns } from './safetyValveApi.ts';
import { StartReturnForm } from './StartReturnForm.tsx';
import type { CouncilViewState } from '../app/Shell.tsx';
import { useLoaded } from '../app/useLoaded.ts';

export function SafetyValvePage({ code, state }: { code: string; state: CouncilViewState }) {
  const { segments } = parseSubRoute(useHash());
  if (segments[0] === 'returns' && segments[1])
    return <ReturnPage key={segments[1]} code={code} period={segments[1]} />;
  const canEdit = state.status === 'loaded' && state.view.permissions.edit;
  return <Overview code={code} canEdit={canEdit} />;
}

function Overview({ code, canEdit }: { code: string; canEdit: boolean }) {
  const id = useId();
  const agreement = useLoaded(`agreement ${code}`, () => getAgreement(code), { keepWhileLoading: true });
  const returns = useLoaded(`returns ${code}`, () => listReturns(code));
  const missing =
    agreement.state.status === 'failed' && agreement.state.message.includes('no Safety Valve agreement');
  return (
    <>
      <h1>Safety Valve</h1>
      <p className="lead">
        The council’s Safety Valve agreement with the Department for Education: the conditions it must meet,
        the payments the DfE makes as it does, and the quarterly returns that report progress.
      </p>
      <section aria-labelledby={`${id}-returns`}>
        <h2 id={`${id}-returns`}>Quarterly returns</h2>
        {returns.state.status === 'loading' && <p role="status">Loading the returns…</p>}
        {returns.state.status === 'failed' && (
          <p className="error-summary" role="alert">
            The returns could not be loaded: {returns.state.message}
          </p>
        )}
        {returns.state.status === 'loaded' && (
          <ReturnsList code={code} returns={returns.state.data.returns} />
        )}
        {canEdit && agreement.state.status === 'loaded' && (
          <StartReturnForm code={code} agreement={agreement.state.data.agreement} />
        )}
      </section>
      {agreement.state.status === 'loading' && <p role="status">Loading the agreement…</p>}
      {agreement.state.status === 'failed' &&
        (missing ? (
          <div className="inset">
            <p>No Safety Valve agreement is recorded for this council.</p>
          </div>
        ) : (
          <p className="error-summary" role="alert">
            The agreement could not be loaded: {agreement.state.message}
          </p>
        ))}
      {agreement.state.status === 'loaded' && (
        <AgreementPanel code={code} view={agreement.state.data} canEdit={canEdit} reload={agreement.reload} />
      )}
    </>
  );
}
