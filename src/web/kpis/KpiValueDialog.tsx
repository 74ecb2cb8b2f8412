// Records a KPI's value and comment for a period. A computed KPI's value comes from the model or other
// KPIs, so only its comment is edited here.
import { useState } from 'react';
import { periodLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { TextAreaField, TextField } from '../ui/Field.tsx';
import { FieldError } from '../ui/fieldErrors.ts';
import { readTypedValue, unitWord, valueForInput } from './kpiFormat.ts';
import { useRecordKpiValue, type DashboardKpi } from './queries.ts';

interface Props {
  financialYear: string;
  period: string;
  kpi: DashboardKpi;
  onClose: () => void;
  onSaved: (kpi: DashboardKpi) => void;
}

export function KpiValueDialog({ financialYear, period, kpi, onClose, onSaved }: Props) {
  const { code } = useCouncil();
  const record = useRecordKpiValue(code);
  const [value, setValue] = useState(valueForInput(kpi.unit, kpi.value));
  const [comment, setComment] = useState(kpi.comment ?? '');

  async function save() {
    const change: { value?: number | null; comment: string } = { comment };
    if (!kpi.computed) {
      const typed = readTypedValue(value);
      if (!typed.ok) throw new FieldError('value', typed.message);
      change.value = typed.value;
    }
    await record.mutateAsync({ year: financialYear, ref: kpi.ref, period, change });
    onSaved(kpi);
  }

  return (
    <Dialog
      title={`KPI ${kpi.ref}: ${kpi.name}, ${periodLabel(period)}`}
      confirmLabel="Save"
      fields={['value', 'comment']}
      onConfirm={save}
      onClose={onClose}
    >
      {(errors) => (
        <>
          {kpi.computed ? (
            <p>
              The value ({kpi.display.value || 'none'}) is computed: {kpi.valueHow}. Change the figures it
              comes from to change it.
            </p>
          ) : (
            <TextField
              label={`Value for ${periodLabel(period)} (${unitWord(kpi.unit)})`}
              hint={`Target for the period: ${kpi.display.periodTarget || 'none set'}. Leave empty when there is no figure.`}
              inputMode="decimal"
              value={value}
              error={errors.fields?.value}
              onChange={(event) => setValue(event.target.value)}
            />
          )}
          <TextAreaField
            label="Comment"
            value={comment}
            error={errors.fields?.comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </>
      )}
    </Dialog>
  );
}
