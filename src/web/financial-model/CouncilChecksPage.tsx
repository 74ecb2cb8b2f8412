// Every reconciliation check across the council's plan versions and recovery plan documents.
import { useQuery } from '@tanstack/react-query';
import { useCouncil } from '../app/council.tsx';
import { FormError } from '../ui/FormError.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import { ChecksPanel } from './ChecksPanel.tsx';
import { councilChecksQuery } from './queries.ts';

export function CouncilChecksPage() {
  const { code } = useCouncil();
  const checks = useQuery(councilChecksQuery(code));
  if (checks.status === 'success')
    return (
      <ChecksPanel
        checks={checks.data.failures}
        scope="the council's plan versions and recovery plans"
        headingLevel={1}
      />
    );
  return (
    <>
      <h1>Reconciliation checks</h1>
      {checks.status === 'pending' ? (
        <p role="status">Running the reconciliation checks…</p>
      ) : (
        <FormError>{`The checks could not be run: ${messageOf(checks.error)}`}</FormError>
      )}
    </>
  );
}
