// Starts a new KPI reporting period (finance): the month or quarter, the date its figures are as at, and
// the plan version its computed values come from. The dashboard then moves to it, ready for values.
import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { setKpiPeriod } from './kpiApi.ts';
import { listVersions } from '../financial-model/modelApi.ts';
import { useLoaded } from '../app/useLoaded.ts';

interface Props {
  code: string;
  /** The value version of the period shown, offered first. */
  valueVersion: string | null;
  onClose: () => void;
  onSaved: (period: string) => void;
}

export function KpiPeriodDialog({ code, valueVersion, onClose, onSaved }: Props) {
  const id = useId();
  const versions = useLoaded(`versions ${code}`, () => listVersions(code));
  const [period, setPeriod] = useState('');
  const [dataDate, setDataDate] = useState('');
  const [version, setVersion] = useState(valueVersion ?? '');
  const names = versions.state.status === 'loaded' ? versions.state.data.versions.map((v) => v.name) : [];
  if (valueVersion && !names.includes(valueVersion)) names.unshift(valueVersion);

  async function save() {
    const saved = await setKpiPeriod(code, period.trim(), {
      ...(dataDate ? { dataDate } : {}),
      valueVersion: version || null,
    });
    onSaved(saved.period);
  }

  return (
    <Dialog title="Start a KPI period" confirmLabel="Start the period" onConfirm={save} onClose={onClose}>
      <div className="field">
        <label htmlFor={`${id}-period`}>Period</label>
        <p className="hint" id={`${id}-period-hint`}>
          A month such as 2021-06, or a quarter of a financial year such as 2021-22-Q2.
        </p>
        <input
          id={`${id}-period`}
          type="text"
          autoComplete="off"
          value={period}
          aria-describedby={`${id}-period-hint`}
          onChange={(event) => setPeriod(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>Figures as at (leave empty for the period’s last day)</label>
        <input
          id={`${id}-date`}
          type="date"
          value={dataDate}
          onChange={(event) => setDataDate(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-version`}>Computed values from the plan version</label>
        <select id={`${id}-version`} value={version} onChange={(event) => setVersion(event.target.value)}>
          <option value="">None (computed values as recorded)</option>
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </Dialog>
  );
}
