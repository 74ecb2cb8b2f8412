// Records a KPI's value and comment for a period. A computed KPI's value comes from the model or other
// KPIs, so only its comment is edited here.
import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { recordKpiValue, type DashboardKpi } from './kpiApi.ts';
import { periodLabel, readTypedValue, unitWord, valueForInput } from './kpiFormat.ts';

interface Props {
  code: string;
  financialYear: string;
  period: string;
  kpi: DashboardKpi;
  onClose: () => void;
  onSaved: (kpi: DashboardKpi) => Promise<void>;
}

export function KpiValueDialog({ code, financialYear, period, kpi, onClose, onSaved }: Props) {
  const id = useId();
  const [value, setValue] = useState(valueForInput(kpi.unit, kpi.value));
  const [comment, setComment] = useState(kpi.comment ?? '');

  async function save() {
    const change: { value?: number | null; comment: string } = { comment };
    if (!kpi.computed) {
      const typed = readTypedValue(value);
      if (!typed.ok) throw new Error(`Value: ${typed.message}`);
      change.value = typed.value;
    }
    await recordKpiValue(code, financialYear, kpi.ref, period, change);
    await onSaved(kpi);
  }

  return (
    <Dialog
      title={`KPI ${kpi.ref}: ${kpi.name}, ${periodLabel(period)}`}
      confirmLabel="Save"
      onConfirm={save}
      onClose={onClose}
    >
      {kpi.computed ? (
        <p>
          The value ({kpi.display.value || 'none'}) is computed: {kpi.valueHow}. Change the figures it comes
          from to change it.
        </p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-value`}>
            Value for {periodLabel(period)} ({unitWord(kpi.unit)})
          </label>
          <p className="hint" id={`${id}-value-hint`}>
            Target for the period: {kpi.display.periodTarget || 'none set'}. Leave empty when there is no
            figure.
          </p>
          <input
            id={`${id}-value`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={value}
            aria-describedby={`${id}-value-hint`}
            onChange={(event) => setValue(event.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-comment`}>Comment</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
    </Dialog>
  );
}
