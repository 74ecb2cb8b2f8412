// The Reports module: where each document the council produces from its figures is found today, until
// the documents have a page of their own.
import { Link } from '@tanstack/react-router';
import { useCouncil } from '../app/council.tsx';
import { moduleBySlug } from '../app/modules.ts';
import text from '../ui/text.module.css';

export function ReportsPage() {
  const { code } = useCouncil();
  return (
    <>
      <h1>Reports</h1>
      <p className={text.lead}>{moduleBySlug('reports')?.purpose}</p>
      <ul>
        <li>
          The quarterly Safety Valve report to the DfE (PDF, and its tables in Excel): open a return on the{' '}
          <Link to="/$council/safety-valve" params={{ council: code }}>
            Safety Valve
          </Link>{' '}
          page.
        </li>
        <li>
          A plan version as an Excel workbook with live formulas, and the DfE 2019 deficit recovery plan
          workbook: open a version in the{' '}
          <Link to="/$council/financial-model" params={{ council: code }}>
            Financial model
          </Link>
          .
        </li>
        <li>
          The benchmark table (every measure, CSV or Excel):{' '}
          <Link to="/$council/benchmarking" params={{ council: code }}>
            Benchmarking
          </Link>
          .
        </li>
        <li>
          A forecast run&apos;s results (CSV or Excel): open a run in{' '}
          <Link to="/$council/forecasts" params={{ council: code }}>
            Forecasts
          </Link>
          .
        </li>
      </ul>
    </>
  );
}
