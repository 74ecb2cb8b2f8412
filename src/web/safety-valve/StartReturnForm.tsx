// Starts the quarterly return for a quarter, picked from the quarters of the agreement's years that have
// no return yet: a draft with an entry per condition of the agreement.
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { periodLabel, quartersOf } from '../../core/kpi/periodChoices';
import { financialYearRange } from '../../core/periods/financialYear';
import { useCouncil } from '../app/council.tsx';
import { Button, ButtonGroup } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { FieldError, fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { useCreateReturn, type Agreement } from './queries.ts';

const fields = ['period', 'dataDate'];

export function StartReturnForm({ agreement, held }: { agreement: Agreement; held: readonly string[] }) {
  const { code } = useCouncil();
  const navigate = useNavigate();
  const create = useCreateReturn(code);
  const quarters = financialYearRange(agreement.startYear, agreement.endYear)
    .flatMap(quartersOf)
    .filter((q) => !held.includes(q));
  const [open, setOpen] = useState(false);
  const [period, setPeriod] = useState(quarters[0] ?? '');
  const [dataDate, setDataDate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    try {
      if (dataDate === '') throw new FieldError('dataDate', 'Enter the date the figures are as at.');
      const view = await create.mutateAsync({ period, dataDate });
      void navigate({
        to: '/$council/safety-valve/returns/$period',
        params: { council: code, period: view.return.period },
      });
    } catch (caught) {
      setErrors(fieldErrorOf(caught, fields));
    }
  }

  if (quarters.length === 0) return <p>Every quarter of the agreement has a return.</p>;
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Start a quarterly return
      </Button>
    );
  }
  return (
    <Card title="Start a quarterly return" headingLevel={3}>
      {errors.form && <FormError>{errors.form}</FormError>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SelectField
          label="Quarter"
          hint={`The quarters of ${agreement.startYear} to ${agreement.endYear} without a return (Q1 is April to June).`}
          value={period}
          error={errors.fields?.period}
          onChange={(event) => setPeriod(event.target.value)}
          options={quarters.map((q) => [q, periodLabel(q)] as const)}
        />
        <TextField
          label="Figures as at"
          type="date"
          value={dataDate}
          error={errors.fields?.dataDate}
          onChange={(event) => setDataDate(event.target.value)}
        />
        <ButtonGroup>
          <Button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Starting…' : 'Start the return'}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(false)} disabled={create.isPending}>
            Cancel
          </Button>
        </ButtonGroup>
      </form>
    </Card>
  );
}
