// Edits one condition's progress in a return: assurance level, narrative, savings achieved and target
// (pounds). A refusal (the return was locked meanwhile, say) stays in the dialog with the server's words.
import { useState } from 'react';
import { useCouncil } from '../app/council.tsx';
import { readTypedValue, valueForInput } from '../kpis/kpiFormat.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { SelectField, TextAreaField, TextField } from '../ui/Field.tsx';
import { FieldError } from '../ui/fieldErrors.ts';
import { Notice } from '../ui/Notice.tsx';
import text from '../ui/text.module.css';
import { useReturnChanges, type AssuranceLevel, type ReturnCondition, type ReturnView } from './queries.ts';
import { signaturesClearedWarning } from './returnEditing.ts';

interface Props {
  view: ReturnView;
  condition: ReturnCondition;
  onClose: () => void;
}

const levels: AssuranceLevel[] = ['Good', 'Medium', 'Low'];
const fields = ['assurance', 'narrative', 'savingsAchieved', 'savingsTarget'];

export function ConditionDialog({ view, condition, onClose }: Props) {
  const { code } = useCouncil();
  const { setCondition } = useReturnChanges(code, view.return.period);
  const [assurance, setAssurance] = useState<string>(condition.assurance ?? '');
  const [narrative, setNarrative] = useState(condition.narrative);
  const [achieved, setAchieved] = useState(valueForInput('money', condition.savingsAchieved));
  const [target, setTarget] = useState(valueForInput('money', condition.savingsTarget));
  const warning = signaturesClearedWarning(view);

  async function save() {
    const a = readTypedValue(achieved);
    if (!a.ok) throw new FieldError('savingsAchieved', a.message);
    const t = readTypedValue(target);
    if (!t.ok) throw new FieldError('savingsTarget', t.message);
    await setCondition.mutateAsync({
      number: condition.number,
      change: {
        assurance: assurance === '' ? null : (assurance as AssuranceLevel),
        narrative,
        savingsAchieved: a.value,
        savingsTarget: t.value,
      },
    });
    onClose();
  }

  return (
    <Dialog
      title={`Condition ${condition.number}: progress`}
      confirmLabel="Save progress"
      fields={fields}
      onConfirm={save}
      onClose={onClose}
      wide
    >
      {(errors) => (
        <>
          <p className={text.hint}>{condition.title}</p>
          {warning && <Notice>{warning}</Notice>}
          <SelectField
            label="Assurance level"
            value={assurance}
            error={errors.fields?.assurance}
            onChange={(event) => setAssurance(event.target.value)}
            options={[['', 'Not assessed'], ...levels.map((l) => [l, l] as const)]}
          />
          <TextAreaField
            label="Progress update"
            rows={10}
            value={narrative}
            error={errors.fields?.narrative}
            onChange={(event) => setNarrative(event.target.value)}
          />
          <TextField
            label="Savings achieved to date (in pounds)"
            inputMode="decimal"
            value={achieved}
            error={errors.fields?.savingsAchieved}
            onChange={(event) => setAchieved(event.target.value)}
          />
          <TextField
            label="Savings target for the year (in pounds)"
            inputMode="decimal"
            value={target}
            error={errors.fields?.savingsTarget}
            onChange={(event) => setTarget(event.target.value)}
          />
        </>
      )}
    </Dialog>
  );
}
