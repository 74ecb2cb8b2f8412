// Starts a new KPI reporting period (finance): the month or quarter, picked from the KPI years held, the
// date its figures are as at, and the plan version its computed values come from.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { monthsOf, periodLabel, quartersOf } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { versionsQuery } from '../financial-model/queries.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { useSetKpiPeriod } from './queries.ts';

interface Props {
  /** The financial years the council holds KPIs for, newest first. */
  financialYears: string[];
  /** The periods already started (picking one changes its settings). */
  held: string[];
  /** The value version of the period shown, offered first. */
  valueVersion: string | null;
  onClose: () => void;
  onSaved: (period: string) => void;
}

export function KpiPeriodDialog({ financialYears, held, valueVersion, onClose, onSaved }: Props) {
  const { code } = useCouncil();
  const versions = useQuery(versionsQuery(code));
  const setPeriod = useSetKpiPeriod(code);
  const [year, setYear] = useState(financialYears[0] ?? '');
  const choices = year === '' ? [] : [...quartersOf(year), ...monthsOf(year)];
  const [period, setPeriodChoice] = useState(choices.find((p) => !held.includes(p)) ?? choices[0] ?? '');
  const [dataDate, setDataDate] = useState('');
  const [version, setVersion] = useState(valueVersion ?? '');
  const names = (versions.data ?? []).map((v) => v.name);
  if (valueVersion && !names.includes(valueVersion)) names.unshift(valueVersion);

  async function save() {
    const saved = await setPeriod.mutateAsync({
      period,
      settings: { ...(dataDate ? { dataDate } : {}), valueVersion: version || null },
    });
    onSaved(saved.period);
  }

  return (
    <Dialog
      title="Start a KPI period"
      confirmLabel="Start the period"
      fields={['period', 'dataDate', 'valueVersion']}
      onConfirm={save}
      onClose={onClose}
    >
      {(errors) => (
        <>
          <SelectField
            label="Financial year"
            value={year}
            onChange={(event) => {
              const next = event.target.value;
              setYear(next);
              setPeriodChoice(quartersOf(next)[0] ?? '');
            }}
            options={financialYears.map((y) => [y, y] as const)}
          />
          <SelectField
            label="Period"
            hint="A quarter of the financial year (Q1 is April to June) or a month."
            value={period}
            error={errors.fields?.period}
            onChange={(event) => setPeriodChoice(event.target.value)}
            options={choices.map(
              (p) =>
                [p, `${periodLabel(p)}${held.includes(p) ? ' (started: change its settings)' : ''}`] as const,
            )}
          />
          <TextField
            label="Figures as at (leave empty for the period’s last day)"
            type="date"
            value={dataDate}
            error={errors.fields?.dataDate}
            onChange={(event) => setDataDate(event.target.value)}
          />
          <SelectField
            label="Computed values from the plan version"
            value={version}
            error={errors.fields?.valueVersion}
            onChange={(event) => setVersion(event.target.value)}
            options={[
              ['', 'None (computed values as recorded)'],
              ...names.map((name) => [name, name] as const),
            ]}
          />
        </>
      )}
    </Dialog>
  );
}
