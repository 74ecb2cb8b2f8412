// Edits the return's risk register as a whole: each risk with its likelihood and impact (1 to 5, or not
// scored), mitigation, owner and trend; risks can be added and removed. Saved as one list.
import { useId, useState } from 'react';
import { Dialog } from './Dialog.tsx';
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

const scores = ['1', '2', '3', '4', '5'];
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
              <div className="field">
                <label htmlFor={`${f}-likelihood`}>Likelihood</label>
                <select
                  id={`${f}-likelihood`}
                  value={r.likelihood}
                  onChange={(e) => change(i, 'likelihood', e.target.value)}
                >
                  <option value="">Not scored</option>
                  {scores.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${f}-impact`}>Impact</label>
                <select
                  id={`${f}-impact`}
                  value={r.impact}
                  onChange={(e) => change(i, 'impact', e.target.value)}
                >
                  <option value="">Not scored</option>
                  {scores.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${f}-trend`}>Trend</label>
                <select
                  id={`${f}-trend`}
                  value={r.trend}
                  onChange={(e) => change(i, 'trend', e.target.value)}
                >
                  <option value="">Not stated</option>
                  {trends.map((t) => (
                    <option key={t.value} value={t.value}>
                      {t.label}
                    </option>
                  ))}
                </select>
              </div>
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
