// The Reports module: the council's papers (committee, Schools Forum, partnership board) written here and
// exported as PDF and Word, and where each other document the council produces from its figures is found.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { paperTemplates } from '../../core/papers';
import { useCouncil } from '../app/council.tsx';
import { useNotice } from '../app/notice.ts';
import { buttonClass, ButtonGroup } from '../ui/Button.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { ReadOnly } from '../ui/ReadOnly.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import text from '../ui/text.module.css';
import { canWritePapers, writeLabels } from './canWritePapers.ts';
import { PapersTable } from './PapersTable.tsx';
import { papersQuery } from './queries.ts';

export function ReportsPage() {
  const council = useCouncil();
  const { code } = council;
  const papers = useQuery(papersQuery(code));
  const notice = useNotice();
  const id = useId();
  const writes = canWritePapers(council);
  return (
    <>
      <h1>Reports</h1>
      <p className={text.lead}>
        Papers for the committee, the Schools Forum and the partnership board, written here with their tables
        drawn from the figures held on the date you choose, and exported as PDF or Word.
      </p>
      {notice && <StatusMessage>{notice}</StatusMessage>}
      <section aria-labelledby={`${id}-papers`}>
        <h2 id={`${id}-papers`}>Papers</h2>
        {writes ? (
          <ButtonGroup>
            {Object.values(paperTemplates).map((t) => (
              <Link
                key={t.id}
                className={buttonClass({ variant: t.id === 'committee' ? 'primary' : 'secondary' })}
                to="/$council/reports/paper/$paper"
                params={{ council: code, paper: 'new' }}
                search={{ template: t.id }}
              >
                {writeLabels[t.id]}
              </Link>
            ))}
          </ButtonGroup>
        ) : (
          <ReadOnly
            reading="the papers and download them"
            changing="writing them needs the finance or SEND role"
          />
        )}
        <QueryState query={papers} loading="Loading the papers…" failed="The papers could not be loaded">
          {(list) => <PapersTable papers={list} />}
        </QueryState>
      </section>
      <section aria-labelledby={`${id}-other`}>
        <h2 id={`${id}-other`}>Other documents</h2>
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
          <li>
            The meeting cycle, actions and recommendations:{' '}
            <Link to="/$council/governance" params={{ council: code }}>
              Governance
            </Link>
            .
          </li>
        </ul>
      </section>
    </>
  );
}
