// The forecast accuracy review: what a council forecast in its plans against what the January census
// then found, beside what the product's published-figure forecast said from the same origin. Pure: the
// service gathers the stored forecasts, the published figures and the back-test's forecasts.

/** One EHCP number a council forecast in a stored plan. */
export interface StoredForecast {
  /** Where it is stored, in the council's words: 'Deficit recovery plan, June 2019'. */
  source: string;
  kind: 'recoveryPlan' | 'kpiTarget';
  /** The last January census the forecast could have known (its origin). */
  madeAfter: number;
  /** The January census year forecast. */
  year: number;
  plans: number;
  /** Where in the source, e.g. "EHCP table" or "KPI 3 'Net EHCPs @ Jan Projected', 2021-22". */
  detail: string;
}

/** A forecast beside the published outcome. */
export interface AccuracyRow extends StoredForecast {
  /** Years ahead of its origin. */
  h: number;
  actual: number | null;
  /** forecast - actual, plans (positive: over-forecast). */
  difference: number | null;
  /** (forecast - actual) / actual, %. */
  percentError: number | null;
  /** What the product's published-figure forecast said from the same origin, for comparison. */
  publishedFigureForecast: { plans: number; method: string; percentError: number | null } | null;
}

/** Each source's rows and its mean absolute percentage error over the years with an outcome. */
export interface AccuracySource {
  source: string;
  kind: StoredForecast['kind'];
  madeAfter: number;
  rows: AccuracyRow[];
  meanApe: number | null;
  /** Mean APE of the published-figure forecast over the same rows (those it could make). */
  publishedFigureMeanApe: number | null;
}

/** The published-figure forecast from an origin for a year, when the back-test made one. */
export type PublishedFigureForecast = (
  madeAfter: number,
  year: number,
) => { plans: number; method: string } | undefined;

const percentError = (plans: number, actual: number | null) =>
  actual === null || actual === 0 ? null : Math.round(((plans - actual) / actual) * 10000) / 100;
const meanAbs = (errors: readonly (number | null)[]) => {
  const known = errors.filter((e): e is number => e !== null);
  return known.length === 0
    ? null
    : Math.round((known.reduce((a, e) => a + Math.abs(e), 0) / known.length) * 100) / 100;
};

/** Sets each stored forecast beside the published figure for its year (null when not published yet). */
export function forecastAccuracy(
  forecasts: readonly StoredForecast[],
  published: ReadonlyMap<number, number | null>,
  ours: PublishedFigureForecast = () => undefined,
): AccuracySource[] {
  const sources = new Map<string, AccuracySource>();
  for (const f of [...forecasts].sort((a, b) => a.year - b.year)) {
    const actual = published.get(f.year) ?? null;
    const difference = actual === null ? null : f.plans - actual;
    const mine = ours(f.madeAfter, f.year);
    const row: AccuracyRow = {
      ...f,
      h: f.year - f.madeAfter,
      actual,
      difference,
      percentError: percentError(f.plans, actual),
      publishedFigureForecast: mine ? { ...mine, percentError: percentError(mine.plans, actual) } : null,
    };
    const source = sources.get(f.source) ?? {
      source: f.source,
      kind: f.kind,
      madeAfter: f.madeAfter,
      rows: [],
      meanApe: null,
      publishedFigureMeanApe: null,
    };
    source.rows.push(row);
    sources.set(f.source, source);
  }
  for (const s of sources.values()) {
    s.meanApe = meanAbs(s.rows.map((r) => r.percentError));
    s.publishedFigureMeanApe = meanAbs(s.rows.map((r) => r.publishedFigureForecast?.percentError ?? null));
  }
  return [...sources.values()].sort((a, b) => a.madeAfter - b.madeAfter || a.source.localeCompare(b.source));
}
