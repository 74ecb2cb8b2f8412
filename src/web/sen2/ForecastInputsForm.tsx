// Makes forecast inputs from the council's returns (forecasts.run), with what the command line takes:
// the forecast settings, whether earlier Januaries are rebuilt, and the council's population and cost
// files (CSV, checked for their kind before sending; every problem in them listed). Transitions matched by
// pseudonymous id between consecutive Januaries, what could not be rebuilt said plainly; the input set then
// appears on the Forecasts page to start a run from.
import { Link } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { FieldRow, SelectField, TextField } from '../ui/Field.tsx';
import { detectFileKind, wrongKindMessage } from '../ui/fileKind.ts';
import { FormError } from '../ui/FormError.tsx';
import { FieldError, fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import { useForecastInputsFromSen2, type Sen2InputsMade } from './queries.ts';
import styles from './sen2.module.css';

type Rebuild = 'auto' | 'yes' | 'no';

/** A chosen file's text, after checking it is a CSV file (null when none was chosen). */
async function csvText(field: 'population' | 'costs', input: HTMLInputElement | null, takes: string) {
  const file = input?.files?.[0];
  if (!file) return null;
  const wrong = wrongKindMessage(file.name, await detectFileKind(file), ['csv'], takes);
  if (wrong !== null) throw new FieldError(field, wrong);
  return file.text();
}

export function ForecastInputsForm() {
  const { code } = useCouncil();
  const make = useForecastInputsFromSen2(code);
  const [name, setName] = useState('');
  const [setting, setSetting] = useState<'category' | 'settingType'>('category');
  const [rebuild, setRebuild] = useState<Rebuild>('auto');
  const populationRef = useRef<HTMLInputElement>(null);
  const costsRef = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [made, setMade] = useState<Sen2InputsMade | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    try {
      if (name.trim() === '') throw new FieldError('name', 'Give the inputs a name.');
      const population = await csvText(
        'population',
        populationRef.current,
        'the population file is a CSV file (calendar_year, age, population)',
      );
      const costs = await csvText(
        'costs',
        costsRef.current,
        'the cost file is a CSV file (need, setting, cost)',
      );
      setMade(
        await make.mutateAsync({
          name: name.trim(),
          setting,
          ...(rebuild === 'auto' ? {} : { rebuild: rebuild === 'yes' }),
          ...(population !== null ? { population } : {}),
          ...(costs !== null ? { costs } : {}),
        }),
      );
    } catch (failure) {
      setErrors(fieldErrorOf(failure, ['name', 'setting', 'population', 'costs']));
    }
  }

  return (
    <section aria-labelledby="sen2-inputs">
      <h2 id="sen2-inputs">Forecast inputs from the returns</h2>
      <p>
        The census and the moves between settings and needs year to year, matched by each child&apos;s
        pseudonymous id, with costs from the placement register (or your cost file) and the population from
        your population file (or a stated flat assumption). A forecast run can then start from them on the
        Forecasts page.
      </p>
      {errors.form !== undefined && <FormError problems={errors.problems}>{errors.form}</FormError>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Name of the inputs"
          value={name}
          maxLength={200}
          error={errors.fields?.name}
          onChange={(event) => setName(event.target.value)}
        />
        <FieldRow>
          <SelectField
            label="Settings to forecast"
            value={setting}
            error={errors.fields?.setting}
            onChange={(event) =>
              setSetting(event.target.value === 'settingType' ? 'settingType' : 'category')
            }
            options={[
              ['category', 'The seven DfE placement categories'],
              ['settingType', 'The setting types'],
            ]}
          />
          <SelectField
            label="Earlier Januaries rebuilt from a later return"
            hint="Rebuilt years have no leavers, so leaver rates are understated."
            value={rebuild}
            onChange={(event) => setRebuild(event.target.value as Rebuild)}
            options={[
              ['auto', 'Only when there is a single return'],
              ['yes', 'Yes'],
              ['no', 'No'],
            ]}
          />
        </FieldRow>
        <FieldRow>
          <TextField
            label="Population file (optional)"
            hint="ONS mid-year estimates or projections by single year of age: calendar_year, age, population. Without one, a flat population is assumed, and said."
            type="file"
            accept=".csv,text/csv"
            inputRef={populationRef}
            error={errors.fields?.population}
          />
          <TextField
            label="Cost file (optional)"
            hint="witan.send's costs.csv: need, setting, cost in pounds. Without one, the placement register's average annual cost by setting."
            type="file"
            accept=".csv,text/csv"
            inputRef={costsRef}
            error={errors.fields?.costs}
          />
        </FieldRow>
        <Button type="submit" disabled={make.isPending}>
          {make.isPending ? 'Making the inputs…' : 'Make forecast inputs'}
        </Button>
      </form>
      {made && <Made made={made} />}
    </section>
  );
}

function Made({ made }: { made: Sen2InputsMade }) {
  const { code } = useCouncil();
  return (
    <div data-testid="sen2-inputs-made" className={styles.result}>
      <p role="status">
        Made “{made.inputSet.name}”.{' '}
        <Link to="/$council/forecasts" params={{ council: code }}>
          Start a forecast run from it
        </Link>
        .
      </p>
      <TableScroll label="Year-to-year moves">
        <table>
          <caption>Year-to-year moves the forecast learns from</caption>
          <thead>
            <tr>
              <th scope="col">January</th>
              <th scope="col">How known</th>
              <th scope="col" className={table.number}>
                Stayed
              </th>
              <th scope="col" className={table.number}>
                Moved
              </th>
              <th scope="col" className={table.number}>
                Joined
              </th>
              <th scope="col" className={table.number}>
                Left
              </th>
            </tr>
          </thead>
          <tbody>
            {made.transitionYears.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>
                  {y.rebuilt
                    ? `rebuilt from the ${String(y.fromReturn)} return`
                    : `the ${String(y.fromReturn)} return`}
                </td>
                <td className={table.number}>{formatCount(y.stayers)}</td>
                <td className={table.number}>{formatCount(y.movers)}</td>
                <td className={table.number}>{formatCount(y.joiners)}</td>
                <td className={table.number}>{formatCount(y.leavers)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {made.inputSet.warnings.length > 0 && <p>What the inputs assume:</p>}
      {made.inputSet.warnings.length > 0 && (
        <ul>
          {made.inputSet.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {made.notRebuilt.map((n) => (
        <p key={n.year}>
          January {n.year} could not be rebuilt: {n.reason}
        </p>
      ))}
    </div>
  );
}
