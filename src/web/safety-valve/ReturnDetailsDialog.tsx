// Edits a return's submission details: the date it was (or will be) submitted, the date its figures are
// as at, the KPI period its table is taken from, and the projection compared with the agreed model.
import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { listVersions } from '../financial-model/modelApi.ts';
import { signaturesClearedWarning } from './returnEditing.ts';
import { updateReturn, type ReturnView } from './safetyValveApi.ts';
import { useLoaded } from '../app/useLoaded.ts';

interface Props {
  code: string;
  view: ReturnView;
  onClose: () => void;
  onSaved: () => Promise<void>;
  reload: () => Promise<void>;
}

export function ReturnDetailsDialog({ code, view, onClose, onSaved, reload }: Props) {
  const id = useId();
  const r = view.return;
  const versions = useLoaded(`versions ${code}`, () => listVersions(code));
  const [dateSubmitted, setDateSubmitted] = useState(r.dateSubmitted ?? '');
  const [dataDate, setDataDate] = useState(r.dataDate);
  const [kpiPeriod, setKpiPeriod] = useState(r.kpiPeriod);
  const [projection, setProjection] = useState(r.projectionVersion ?? '');
  const warning = signaturesClearedWarning(view);
  const names = versions.state.status === 'loaded' ? versions.state.data.versions.map((v) => v.name) : [];
  if (r.projectionVersion && !names.includes(r.projectionVersion)) names.unshift(r.projectionVersion);

  async function save() {
    try {
      await updateReturn(code, r.period, {
        dateSubmitted: dateSubmitted || null,
        dataDate,
        kpiPeriod: kpiPeriod.trim(),
        projectionVersion: projection || null,
      });
    } catch (error) {
      await reload();
      throw error;
    }
    await onSaved();
  }

  return (
    <Dialog
      title="Edit the submission details"
      confirmLabel="Save details"
      onConfirm={save}
      onClose={onClose}
    >
      {warning && <p className="notice">{warning}</p>}
      <div className="field">
        <label htmlFor={`${id}-submitted`}>Date submitted</label>
        <input
          id={`${id}-submitted`}
          type="date"
          value={dateSubmitted}
          onChange={(event) => setDateSubmitted(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-data`}>Figures as at (data date)</label>
        <input
          id={`${id}-data`}
          type="date"
          value={dataDate}
          onChange={(event) => setDataDate(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kpis`}>KPI figures for</label>
        <p className="hint" id={`${id}-kpis-hint`}>
          The KPI period the table shows: a month such as 2021-05 or a quarter such as 2021-22-Q1.
        </p>
        <input
          id={`${id}-kpis`}
          type="text"
          autoComplete="off"
          value={kpiPeriod}
          aria-describedby={`${id}-kpis-hint`}
          onChange={(event) => setKpiPeriod(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-projection`}>Latest projection (compared with the agreed model)</label>
        <select
          id={`${id}-projection`}
          value={projection}
          onChange={(event) => setProjection(event.target.value)}
        >
          <option value="">None</option>
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
