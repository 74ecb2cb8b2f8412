// Edits the return's risk register as a whole: each risk with its likelihood and impact (1 to 5, or not
// scored), mitigation, owner and trend; risks can be added and removed. Saved as one list.
import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { signaturesClearedWarning } from './returnEditing.ts';
import { updateReturn, type ReturnView, type RiskTrend } from './safetyValveApi.ts';

interface Props {
  code: string;
  view: ReturnView;
  onClose: () => void;
  onSaved: () => Promise<void>;
  reload: () => Promise<void>;
}

interface RiskDraft {
  risk: string;
  likelihood: string;
  impact: string;
  mitigation: string;
  owner: string;
  trend: string;
}

const scoreChoices = ['1', '2', '3', '4', '5'].map((s) => ({ value: s, label: s }));
const trends: { value: RiskTrend; label: string }[] = [
  { value: 'increasing', label: 'Increasing' },
  { value: 'stable', label: 'Stable' },
  { value: 'decreasing', label: 'Decreasing' },
];
const blank: RiskDraft = { risk: '', likelihood: '', impact: '', mitigation: '', owner: '', trend: '' };

export function RiskRegisterDialog({ code, view, onClose, onSaved, reload }: Props) {
  const id = useId();
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
    if (empty >= 0) throw new Error(`Risk ${empty + 1}: describe the risk, or remove it.`);
    try {
      await updateReturn(code, view.return.period, {
        risks: risks.map((r) => ({
          risk: r.risk.trim(),
          likelihood: r.likelihood === '' ? null : Number(r.likelihood),
          impact: r.impact === '' ? null : Number(r.impact),
          mitigation: r.mitigation.trim(),
          owner: r.owner.trim() || null,
          trend: r.trend === '' ? null : (r.trend as RiskTrend),
        })),
      });
    } catch (error) {
      await reload();
      throw error;
    }
    await onSaved();
  }

  return (
    <Dialog title="Edit the risk register" confirmLabel="Save risks" onConfirm={save} onClose={onClose}>
      {warning && <p className="notice">{warning}</p>}
      {risks.length === 0 && <p>No risks yet.</p>}
      {risks.map((r, i) => {
        const f = `${id}-${i}`;
        return (
          <fieldset key={i} className="risk-fieldset">
            <legend>Risk {i + 1}</legend>
            <div className="field">
              <label htmlFor={`${f}-risk`}>Risk</label>
              <textarea
                id={`${f}-risk`}
                rows={2}
                value={r.risk}
                onChange={(e) => change(i, 'risk', e.target.value)}
              />
            </div>
            <div className="inline-form">
              <ChoiceField
                id={`${f}-likelihood`}
                label="Likelihood"
                value={r.likelihood}
                none="Not scored"
                choices={scoreChoices}
                onChange={(v) => change(i, 'likelihood', v)}
              />
              <ChoiceField
                id={`${f}-impact`}
                label="Impact"
                value={r.impact}
                none="Not scored"
                choices={scoreChoices}
                onChange={(v) => change(i, 'impact', v)}
              />
              <ChoiceField
                id={`${f}-trend`}
                label="Trend"
                value={r.trend}
                none="Not stated"
                choices={trends}
                onChange={(v) => change(i, 'trend', v)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${f}-mitigation`}>Mitigation</label>
              <textarea
                id={`${f}-mitigation`}
                rows={2}
                value={r.mitigation}
                onChange={(e) => change(i, 'mitigation', e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${f}-owner`}>Owner</label>
              <input
                id={`${f}-owner`}
                type="text"
                value={r.owner}
                onChange={(e) => change(i, 'owner', e.target.value)}
              />
            </div>
            <button
              type="button"
              className="button-link"
              onClick={() => setRisks(risks.filter((_, j) => j !== i))}
            >
              Remove risk {i + 1}
            </button>
          </fieldset>
        );
      })}
      <p>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setRisks([...risks, blank])}
        >
          Add a risk
        </button>
      </p>
    </Dialog>
  );
}

/** A labelled select with a first "none" option (stored as ''). */
function ChoiceField(props: {
  id: string;
  label: string;
  value: string;
  none: string;
  choices: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.none}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
