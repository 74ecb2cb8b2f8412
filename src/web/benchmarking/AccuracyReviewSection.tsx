// The forecasts the council stored in its plans against the published January census: chart and table.
import { AccuracyChart } from '../charts/AccuracyChart.tsx';
import { getAccuracyReview } from './nationalApi.ts';
import { useLoaded } from '../app/useLoaded.ts';

const plans = (n: number | null) => (n === null ? 'not published yet' : n.toLocaleString('en-GB'));
const signed = (n: number | null, suffix = '') =>
  n === null ? '' : `${n > 0 ? '+' : ''}${n.toLocaleString('en-GB')}${suffix}`;

export function AccuracyReviewSection({ code }: { code: string }) {
  const { state } = useLoaded(`accuracy:${code}`, () => getAccuracyReview(code));
  return (
    <section aria-labelledby="forecast-accuracy">
      <h2 id="forecast-accuracy">How accurate were our forecasts?</h2>
      {state.status === 'loading' ? <p>Loading the review…</p> : null}
      {state.status === 'failed' ? <p className="inset">{state.message}</p> : null}
      {state.status === 'loaded' ? (
        <>
          <p>
            The EHCP numbers forecast in the plans stored here, against what the January census then counted.
            A negative difference means the plan forecast too few.
          </p>
          <AccuracyChart review={state.data} />
          <table className="compare-table" data-testid="accuracy-table">
            <caption>Forecast EHCPs in the council&apos;s plans against the published census</caption>
            <thead>
              <tr>
                <th scope="col">Forecast in</th>
                <th scope="col">January</th>
                <th scope="col">Forecast</th>
                <th scope="col">Published</th>
                <th scope="col">Difference</th>
                <th scope="col">Error</th>
              </tr>
            </thead>
            <tbody>
              {state.data.sources.flatMap((s) =>
                s.rows.map((r, i) => (
                  <tr key={`${s.source}-${String(r.year)}`}>
                    <th scope="row">{i === 0 ? `${s.source} (${r.detail})` : ''}</th>
                    <td>{r.year}</td>
                    <td>{r.plans.toLocaleString('en-GB')}</td>
                    <td>{plans(r.actual)}</td>
                    <td>{signed(r.difference)}</td>
                    <td>{r.percentError === null ? '' : `${signed(r.percentError)}%`}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
          <p className="source-note">Published figures: {state.data.publishedSource}.</p>
        </>
      ) : null}
    </section>
  );
}
