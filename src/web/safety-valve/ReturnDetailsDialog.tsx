// Edits a return's submission details: the date it was (or will be) submitted, the date its figures are
// as at, the KPI period its table is taken from (picked from the return's year), and the projection
// compared with the agreed model.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { monthsOf, periodLabel, quartersOf } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { versionsQuery } from '../financial-model/queries.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useReturnChanges, type ReturnView } from './queries.ts';
import { signaturesClearedWarning } from './returnEditing.ts';

const fields = ['dateSubmitted', 'dataDate', 'kpiPeriod', 'projectionVersion'];

export function ReturnDetailsDialog({ view, onClose }: { view: ReturnView; onClose: () => void }) {
  const { code } = useCouncil();
  const r = view.return;
  const { update } = useReturnChanges(code, r.period);
  const versions = useQuery(versionsQuery(code));
  const [dateSubmitted, setDateSubmitted] = useState(r.dateSubmitted ?? '');
  const [dataDate, setDataDate] = useState(r.dataDate);
  const [kpiPeriod, setKpiPeriod] = useState(r.kpiPeriod);
  const [projection, setProjection] = useState(r.projectionVersion ?? '');
  const warning = signaturesClearedWarning(view);
  const names = (versions.data ?? []).map((v) => v.name);
  if (r.projectionVersion && !names.includes(r.projectionVersion)) names.unshift(r.projectionVersion);
  const periods = [...monthsOf(r.financialYear), ...quartersOf(r.financialYear)];
  if (!periods.includes(r.kpiPeriod)) periods.unshift(r.kpiPeriod);

  async function save() {
    await update.mutateAsync({
      dateSubmitted: dateSubmitted || null,
      dataDate,
      kpiPeriod,
      projectionVersion: projection || null,
    });
    onClose();
  }

  return (
    <Dialog
      title="Edit the submission details"
      confirmLabel="Save details"
      fields={fields}
      onConfirm={save}
      onClose={onClose}
    >
      {(errors) => (
        <>
          {warning && <Notice>{warning}</Notice>}
          <TextField
            label="Date submitted"
            type="date"
            value={dateSubmitted}
            error={errors.fields?.dateSubmitted}
            onChange={(event) => setDateSubmitted(event.target.value)}
          />
          <TextField
            label="Figures as at (data date)"
            type="date"
            value={dataDate}
            error={errors.fields?.dataDate}
            onChange={(event) => setDataDate(event.target.value)}
          />
          <SelectField
            label="KPI figures for"
            hint={`The KPI period the table shows: a month or a quarter of ${r.financialYear}.`}
            value={kpiPeriod}
            error={errors.fields?.kpiPeriod}
            onChange={(event) => setKpiPeriod(event.target.value)}
            options={periods.map((p) => [p, periodLabel(p)] as const)}
          />
          <SelectField
            label="Latest projection (compared with the agreed model)"
            value={projection}
            error={errors.fields?.projectionVersion}
            onChange={(event) => setProjection(event.target.value)}
            options={[['', 'None'], ...names.map((name) => [name, name] as const)]}
          />
        </>
      )}
    </Dialog>
  );
}
