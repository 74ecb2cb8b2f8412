// Every reconciliation check across the council's plan versions and recovery plan documents.
import { ChecksPanel } from './ChecksPanel.tsx';
import { getCouncilChecks } from './modelApi.ts';
import { useLoaded } from '../app/useLoaded.ts';

export function CouncilChecksPage({ code }: { code: string }) {
  const { state } = useLoaded(`${code}/checks`, () => getCouncilChecks(code));
  if (state.status === 'loading') return <p role="status">Running the reconciliation checks…</p>;
  if (state.status === 'failed') {
    return (
      <p className="error-summary" role="alert">
        The checks could not be run: {state.message}
      </p>
    );
  }
  return (
    <>
      <ChecksPanel
        checks={state.data.failures}
        scope="the council's plan versions and recovery plans"
        headingLevel={1}
      />
    </>
  );
}
