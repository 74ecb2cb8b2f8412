// The forecast accuracy review: what a council forecast in its plans against what the January census
// then found. Pure: the service gathers the stored forecasts and the published figures.

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
}

/** Each source's rows and its mean absolute percentage error over the years with an outcome. */
export interface AccuracySource {
  source: string;
  kind: StoredForecast['kind'];
  madeAfter: number;
  rows: AccuracyRow[];
  meanApe: number | null;
}

/** Sets each stored forecast beside the published figure for its year (null when not published yet). */
export function forecastAccuracy(
  forecasts: readonly StoredForecast[],
  published: ReadonlyMap<number, number | null>,
): AccuracySource[] {
  const sources = new Map<string, AccuracySource>();
  for (const f of [...forecasts].sort((a, b) => a.year - b.year)) {
    const actual = published.get(f.year) ?? null;
    const difference = actual === null ? null : f.plans - actual;
    const row: AccuracyRow = {
      ...f,
      h: f.year - f.madeAfter,
      actual,
      difference,
      percentError:
        actual === null || difference === null || actual === 0
          ? null
          : Math.round((difference / actual) * 10000) / 100,
    };
    const source = sources.get(f.source) ?? {
      source: f.source,
      kind: f.kind,
      madeAfter: f.madeAfter,
      rows: [],
      meanApe: null,
    };
    source.rows.push(row);
    sources.set(f.source, source);
  }
  for (const s of sources.values()) {
    const errors = s.rows.map((r) => r.percentError).filter((e): e is number => e !== null);
    s.meanApe =
      errors.length === 0
        ? null
        : Math.round((errors.reduce((a, e) => a + Math.abs(e), 0) / errors.length) * 100) / 100;
  }
  return [...sources.values()].sort((a, b) => a.madeAfter - b.madeAfter || a.source.localeCompare(b.source));
}
