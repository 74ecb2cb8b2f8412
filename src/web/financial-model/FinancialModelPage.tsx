// The Financial model module: the list of plan versions, one version's grid, and the comparison of two.
// Where the user is inside the module lives in the hash: `#/314/financial-model/version/NAME`.
import { useEffect, useRef, useState } from 'react';
import { ComparePage } from './ComparePage.tsx';
import { CouncilChecksPage } from './CouncilChecksPage.tsx';
import { parseSubRoute, subHashFor, useHash } from '../app/route.ts';
import type { CouncilViewState } from '../app/Shell.tsx';
import { VersionPage } from './VersionPage.tsx';
import { VersionsPage } from './VersionsPage.tsx';

const page = 'financial-model';

/** Links and moves within the module, with a message to show on the page moved to. */
export interface ModelNavigation {
  versionsHref: string;
  compareHref: (query?: { from?: string; to?: string; year?: string }) => string;
  versionHref: (name: string) => string;
  /** Goes to a hash, showing `notice` there (a status message such as "Copied …"). */
  go: (hash: string, notice?: string) => void;
  /** The message left for the page now shown, if any. */
  notice: string | null;
}

export function FinancialModelPage({ code, state }: { code: string; state: CouncilViewState }) {
  const hash = useHash();
  const { segments, query } = parseSubRoute(hash);
  const [notice, setNotice] = useState<{ at: string; message: string } | null>(null);
  const canEdit = state.status === 'loaded' && state.view.permissions.edit;
  const viewKey = segments.join('/');

  // Moving between views inside the module is a new page for keyboard and screen reader users too.
  const shownView = useRef(viewKey);
  useEffect(() => {
    if (shownView.current === viewKey) return;
    shownView.current = viewKey;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [viewKey]);

  const path = (s: string) => s.replace(/\?.*$/, '');
  const navigation: ModelNavigation = {
    versionsHref: subHashFor(code, page, []),
    compareHref: (q) => subHashFor(code, page, ['compare'], q),
    versionHref: (name) => subHashFor(code, page, ['version', name]),
    go: (target, message) => {
      setNotice(message === undefined ? null : { at: path(target), message });
      if (window.location.hash !== target) window.location.hash = target;
    },
    notice: notice !== null && notice.at === path(hash) ? notice.message : null,
  };

  const [view, name] = segments;
  return (
    <>
      <nav aria-label="Financial model" className="subnav">
        <a
          href={navigation.versionsHref}
          aria-current={view === undefined || view === 'version' ? 'page' : undefined}
        >
          Versions
        </a>
        <a href={navigation.compareHref()} aria-current={view === 'compare' ? 'page' : undefined}>
          Compare versions
        </a>
        <a href={subHashFor(code, page, ['checks'])} aria-current={view === 'checks' ? 'page' : undefined}>
          Reconciliation checks
        </a>
      </nav>
      {view === undefined ? (
        <VersionsPage code={code} canEdit={canEdit} navigation={navigation} />
      ) : view === 'version' && name !== undefined ? (
        <VersionPage key={name} code={code} name={name} canEdit={canEdit} navigation={navigation} />
      ) : view === 'checks' ? (
        <CouncilChecksPage code={code} />
      ) : view === 'compare' ? (
        <ComparePage
          code={code}
          navigation={navigation}
          from={query.get('from') ?? undefined}
          to={query.get('to') ?? undefined}
          year={query.get('year') ?? undefined}
        />
      ) : (
        <>
          <h1>Page not found</h1>
          <p>
            There is no such page in the financial model.{' '}
            <a href={navigation.versionsHref}>See the versions</a>.
          </p>
        </>
      )}
    </>
  );
}
