// Edits one condition's progress in a return: assurance level, narrative, savings achieved and target
// (pounds). A refusal (the return was locked meanwhile, say) stays in the dialog with the server's words.
import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { readTypedValue, valueForInput } from '../kpis/kpiFormat.ts';
import { signaturesClearedWarning } from './returnEditing.ts';
import {
  setConditionProgress,
  type AssuranceLevel,
  type ReturnCondition,
  type ReturnView,
} from './safetyValveApi.ts';

interface Props {
  code: string;
  view: ReturnView;
  condition: ReturnCondition;
  onClose: () => void;
  onSaved: () => Promise<void>;
  reload: () => Promise<void>;
}

const levels: AssuranceLevel[] = ['Good', 'Medium', 'Low'];

export function ConditionDialog({ code, view, condition, onClose, onSaved, reload }: Props) {
  const id = useId();
  const [assurance, setAssurance] = useState<string>(condition.assurance ?? '');
  const [narrative, setNarrative] = useState(condition.narrative);
  const [achieved, setAchieved] = useState(valueForInput('money', condition.savingsAchieved));
  const [target, setTarget] = useState(valueForInput('money', condition.savingsTarget));
  const warning = signaturesClearedWarning(view);

  async function save() {
    const a = readTypedValue(achieved);
    if (!a.ok) throw new Error(`Savings achieved: ${a.message}`);
    const t = readTypedValue(target);
    if (!t.ok) throw new Error(`Savings target: ${t.message}`);
    try {
      await setConditionProgress(code, view.return.period, condition.number, {
        assurance: assurance === '' ? null : (assurance as AssuranceLevel),
        narrative,
        savingsAchieved: a.value,
        savingsTarget: t.value,
      });
    } catch (error) {
      await reload(); // show the return as it now stands (locked, say) behind the refusal
      throw error;
    }
    await onSaved();
  }

  return (
    <Dialog
      title={`Condition ${condition.number}: progress`}
      confirmLabel="Save progress"
      onConfirm={save}
      onClose={onClose}
    >
      <p className="hint">{condition.title}</p>
      {warning && <p className="notice">{warning}</p>}
      <div className="field">
        <label htmlFor={`${id}-assurance`}>Assurance level</label>
        <select
          id={`${id}-assurance`}
          value={assurance}
          onChange={(event) => setAssurance(event.target.value)}
        >
          <option value="">Not assessed</option>
          {levels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-narrative`}>Progress update</label>
        <textarea
          id={`${id}-narrative`}
          rows={10}
          value={narrative}
          onChange={(event) => setNarrative(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-achieved`}>Savings achieved to date (in pounds)</label>
        <input
          id={`${id}-achieved`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={achieved}
          onChange={(event) => setAchieved(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-target`}>Savings target for the year (in pounds)</label>
        <input
          id={`${id}-target`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={target}
          onChange={(event) => setTarget(event.target.value)}
        />
      </div>
    </Dialog>
  );
}
