// Edits the return's risk register as a whole: each risk with its likelihood and impact (1 to 5, or not
// scored), mitigation, owner and trend; risks can be added and removed. Saved as one list.
import { useState } from 'react';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { FieldRow, SelectField, TextAreaField, TextField } from '../ui/Field.tsx';
import { FieldError } from '../ui/fieldErrors.ts';
import { Notice } from '../ui/Notice.tsx';
import { useReturnChanges, type ReturnView, type RiskTrend } from './queries.ts';
import { signaturesClearedWarning } from './returnEditing.ts';
import styles from './safetyValve.module.css';

interface RiskDraft {
  risk: string;
  likelihood: string;
  impact: string;
  mitigation: string;
  owner: string;
  trend: string;
}

const scores = [['', 'Not scored'], ...['1', '2', '3', '4', '5'].map((s) => [s, s] as const)] as const;
const trends: ReadonlyArray<readonly [RiskTrend | '', string]> = [
  ['', 'Not stated'],
  ['increasing', 'Increasing'],
  ['stable', 'Stable'],
  ['decreasing', 'Decreasing'],
];
const blank: RiskDraft = { risk: '', likelihood: '', impact: '', mitigation: '', owner: '', trend: '' };

export function RiskRegisterDialog({ view, onClose }: { view: ReturnView; onClose: () => void }) {
  const { code } = useCouncil();
  const { update } = useReturnChanges(code, view.return.period);
  const [risks, setRisks] = useState<RiskDraft[]>(
    view.return.risks.map((r) => ({
      risk: r.risk,
      likelihood: r.likelihood === null ? '' : String(r.likelihood),
      impact: r.impact === null ? '' : String(r.impact),
      mitigation: r.mitigation,
      owner: r.owner ?? '',
      trend: r.trend ?? '',
    })),
  );
  const warning = signaturesClearedWarning(view);
  const change = (index: number, field: keyof RiskDraft, value: string) =>
    setRisks(risks.map((r, i) => (i === index ? { ...r, [field]: value } : r)));

  async function save() {
    const empty = risks.findIndex((r) => r.risk.trim() === '');
    if (empty >= 0) throw new FieldError(`risks.${empty}`, 'Describe the risk, or remove it.');
    await update.mutateAsync({
      risks: risks.map((r) => ({
        risk: r.risk.trim(),
        likelihood: r.likelihood === '' ? null : Number(r.likelihood),
        impact: r.impact === '' ? null : Number(r.impact),
        mitigation: r.mitigation.trim(),
        owner: r.owner.trim() || null,
        trend: r.trend === '' ? null : (r.trend as RiskTrend),
      })),
    });
    onClose();
  }

  return (
    <Dialog
      title="Edit the risk register"
      confirmLabel="Save risks"
      fields={risks.map((_, i) => `risks.${i}`)}
      onConfirm={save}
      onClose={onClose}
      wide
    >
      {(errors) => (
        <>
          {warning && <Notice>{warning}</Notice>}
          {risks.length === 0 && <p>No risks yet.</p>}
          {risks.map((r, i) => (
            <fieldset key={i} className={styles.risk}>
              <legend>Risk {i + 1}</legend>
              <TextAreaField
                label="Risk"
                rows={2}
                value={r.risk}
                error={errors.fields?.[`risks.${i}`]}
                onChange={(e) => change(i, 'risk', e.target.value)}
              />
              <FieldRow>
                <SelectField
                  label="Likelihood"
                  value={r.likelihood}
                  options={scores}
                  onChange={(e) => change(i, 'likelihood', e.target.value)}
                />
                <SelectField
                  label="Impact"
                  value={r.impact}
                  options={scores}
                  onChange={(e) => change(i, 'impact', e.target.value)}
                />
                <SelectField
                  label="Trend"
                  value={r.trend}
                  options={trends}
                  onChange={(e) => change(i, 'trend', e.target.value)}
                />
              </FieldRow>
              <TextAreaField
                label="Mitigation"
                rows={2}
                value={r.mitigation}
                onChange={(e) => change(i, 'mitigation', e.target.value)}
              />
              <TextField label="Owner" value={r.owner} onChange={(e) => change(i, 'owner', e.target.value)} />
              <Button variant="link" onClick={() => setRisks(risks.filter((_, j) => j !== i))}>
                Remove risk {i + 1}
              </Button>
            </fieldset>
          ))}
          <p>
            <Button variant="secondary" small onClick={() => setRisks([...risks, blank])}>
              Add a risk
            </Button>
          </p>
        </>
      )}
    </Dialog>
  );
}
