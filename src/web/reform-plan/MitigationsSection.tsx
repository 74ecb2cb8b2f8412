// The plan's mitigations in its stated order: what each does, its workstream, owner, start and phase-in;
// moved up or down, changed or removed (for the roles that may), and the form to add one.
import { useState } from 'react';
import { Badge } from '../ui/Badge.tsx';
import { Button, ButtonGroup } from '../ui/Button.tsx';
import { FormError } from '../ui/FormError.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import { Notice } from '../ui/Notice.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import { useCouncil } from '../app/council.tsx';
import { MitigationForm } from './MitigationForm.tsx';
import { mitigationInWords, phaseInWords } from './mitigationWords.ts';
import { useRemoveMitigation, useReorderMitigations, type Mitigation, type Plan } from './queries.ts';

interface Props {
  plan: Plan;
  settings: readonly string[];
  canEdit: boolean;
  onDone: (message: string) => void;
}

export function MitigationsSection({ plan, settings, canEdit, onDone }: Props) {
  const { code } = useCouncil();
  const [editing, setEditing] = useState<Mitigation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const reorder = useReorderMitigations(code, plan.id);
  const remove = useRemoveMitigation(code, plan.id);
  const order = plan.mitigations.map((m) => m.id);

  async function move(index: number, by: -1 | 1) {
    const next = [...order];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    setFailure(null);
    try {
      await reorder.mutateAsync(next);
      onDone(
        `“${plan.mitigations[index]!.name}” moved ${by < 0 ? 'up' : 'down'}: run the plan again to see the order’s effect.`,
      );
    } catch (error) {
      setFailure(messageOf(error));
    }
  }

  async function drop(m: Mitigation) {
    setFailure(null);
    try {
      await remove.mutateAsync(m.id);
      onDone(`“${m.name}” is removed from the plan.`);
    } catch (error) {
      setFailure(messageOf(error));
    }
  }

  return (
    <section aria-labelledby="mitigations-heading">
      <h2 id="mitigations-heading">Mitigations, in the plan’s order</h2>
      <p className={text.hint}>
        The order matters: each mitigation’s effect is measured on top of those above it, so a mitigation
        later in the list saves less where they overlap. The results also show each one alone.
      </p>
      {failure !== null && <FormError>{failure}</FormError>}
      {plan.mitigations.length === 0 ? (
        <Notice tone="inset">{`The plan has no mitigations yet.${canEdit ? ' Add one below.' : ''}`}</Notice>
      ) : (
        <TableScroll label="Mitigations">
          <table data-testid="mitigations">
            <caption className="visually-hidden">Mitigations, in the plan’s order</caption>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Mitigation</th>
                <th scope="col">What it does</th>
                <th scope="col">Workstream</th>
                <th scope="col">Owner</th>
                <th scope="col">Starts</th>
                <th scope="col">Phase-in</th>
                {canEdit && <th scope="col">Change</th>}
              </tr>
            </thead>
            <tbody>
              {plan.mitigations.map((m, i) => (
                <tr key={m.id}>
                  <td>{i + 1}</td>
                  <th scope="row">
                    {m.name}
                    {m.illustrative && (
                      <>
                        {' '}
                        <Badge>Illustrative</Badge>
                      </>
                    )}
                  </th>
                  <td>{mitigationInWords(m)}</td>
                  <td>{m.workstream}</td>
                  <td>{m.owner}</td>
                  <td>{m.startYear}</td>
                  <td>{phaseInWords(m.phaseIn)}</td>
                  {canEdit && (
                    <td>
                      <ButtonGroup tight>
                        <Button
                          small
                          variant="secondary"
                          disabled={i === 0 || reorder.isPending}
                          onClick={() => void move(i, -1)}
                          aria-label={`Move “${m.name}” up`}
                        >
                          Up
                        </Button>
                        <Button
                          small
                          variant="secondary"
                          disabled={i === order.length - 1 || reorder.isPending}
                          onClick={() => void move(i, 1)}
                          aria-label={`Move “${m.name}” down`}
                        >
                          Down
                        </Button>
                        <Button
                          small
                          variant="secondary"
                          onClick={() => setEditing(m)}
                          aria-label={`Change “${m.name}”`}
                        >
                          Change
                        </Button>
                        <Button
                          small
                          variant="secondary"
                          disabled={remove.isPending}
                          onClick={() => void drop(m)}
                          aria-label={`Remove “${m.name}”`}
                        >
                          Remove
                        </Button>
                      </ButtonGroup>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canEdit && (
        <MitigationForm
          key={editing?.id ?? 'new'}
          plan={plan}
          settings={settings}
          {...(editing ? { editing, onCancel: () => setEditing(null) } : {})}
          onDone={(message) => {
            setEditing(null);
            onDone(message);
          }}
        />
      )}
    </section>
  );
}
