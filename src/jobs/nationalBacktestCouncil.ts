// Job kind `national-backtest-council`: one council's back-test of the published-figure forecasts
// (issue 7). The payload is the council's published caseload series with the origins and horizon; the
// answer is its forecasts and errors per method. Pure: the national back-test submits one job per council.
import { backtestCouncil, type CouncilBacktest, type CouncilBacktestRequest } from '../core/caseloadForecast';

/** One council's back-test, as a job. */
export function handle(payload: unknown): CouncilBacktest {
  return backtestCouncil(payload as CouncilBacktestRequest);
}
