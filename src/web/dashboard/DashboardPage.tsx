// The council's front page: who it is, and the officers named on its High Needs returns.
import type { Council, CouncilMembership } from '../app/api.ts';
import { CouncilDetailsCard } from './CouncilDetailsCard.tsx';
import type { CouncilViewState } from '../app/Shell.tsx';

interface Props {
  membership: CouncilMembership;
  state: CouncilViewState;
  onCouncilSaved: (council: Council) => void;
}

export function DashboardPage({ membership, state, onCouncilSaved }: Props) {
  const council = state.status === 'loaded' ? state.view.council : membership;
  return (
    <>
      <p className="caption">Dashboard</p>
      <h1>{council.name}</h1>
      <dl className="facts">
        <div>
          <dt>Old LA code</dt>
          <dd>{council.code}</dd>
        </div>
        <div>
          <dt>New LA code</dt>
          <dd>{council.newCode}</dd>
        </div>
        <div>
          <dt>Region</dt>
          <dd>{council.region}</dd>
        </div>
      </dl>
      {state.status === 'loading' && <p role="status">Loading council details…</p>}
      {state.status === 'failed' && (
        <p className="error-summary" role="alert">
          The council details could not be loaded: {state.message}
        </p>
      )}
      {state.status === 'loaded' && (
        <CouncilDetailsCard
          council={state.view.council}
          canEdit={state.view.permissions.editCouncil}
          onSaved={onCouncilSaved}
        />
      )}
      <p className="hint">
        High Needs Block figures will appear on this page once the financial model is available.
      </p>
    </>
  );
}
