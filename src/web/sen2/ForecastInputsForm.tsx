// Makes forecast inputs from the council's returns (forecasts.run): transitions matched by pseudonymous id
// between consecutive Januaries (earlier ones rebuilt from dated records), what could not be rebuilt said
// plainly; the input set then appears on the Forecasts page to start a run from.
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import { useForecastInputsFromSen2, type Sen2InputsMade } from './queries.ts';
import styles from './sen2.module.css';

export function ForecastInputsForm() {
  const { code } = useCouncil();
  const make = useForecastInputsFromSen2(code);
  const [name, setName] = useState('');
  const [error, setError] = useState<{ field?: 'name'; message: string } | null>(null);
  const [made, setMade] = useState<Sen2InputsMade | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (name.trim() === '') return setError({ field: 'name', message: 'Give the inputs a name.' });
    try {
      setMade(await make.mutateAsync({ name: name.trim() }));
    } catch (failure) {
      setError({ message: messageOf(failure) });
    }
  }

  return (
    <section aria-labelledby="sen2-inputs">
      <h2 id="sen2-inputs">Forecast inputs from the returns</h2>
      <p>
        The census and the moves between settings and needs year to year, matched by each child&apos;s
        pseudonymous id, with costs from the placement register. A forecast run can then start from them on
        the Forecasts page.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Name of the inputs"
          value={name}
          error={error?.field === 'name' ? error.message : null}
          onChange={(event) => setName(event.target.value)}
        />
        <Button type="submit" disabled={make.isPending}>
          {make.isPending ? 'Making the inputs…' : 'Make forecast inputs'}
        </Button>
      </form>
      {error && error.field === undefined && <FormError>{error.message}</FormError>}
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
