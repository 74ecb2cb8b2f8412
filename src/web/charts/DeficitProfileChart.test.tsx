import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DeficitProfileChart, profileSeries } from './DeficitProfileChart.tsx';
import type { DeficitProfile } from '../safety-valve/queries.ts';

// Kingston, seed 003 condition 2: the agreement's maximum for 2021-22 is £28,607,000, the agreed model the
// same, the May 2021 projection £27,886,000; later maxima are not published.
const kingston: DeficitProfile = {
  agreedVersion: 'Safety Valve agreement, March 2021',
  projectionVersion: 'Latest forecast, May 2021',
  points: [
    { year: '2021-22', maximum: 2_860_700_000, agreed: 2_860_700_000, projected: 2_788_600_000 },
    { year: '2022-23', maximum: null, agreed: null, projected: null },
  ],
};

describe('DeficitProfileChart', () => {
  it('draws only the years where each figure is held', () => {
    expect(profileSeries(kingston).map((s) => [s.role, s.points.map((p) => [p.year, p.value])])).toEqual([
      ['Agreed model', [['2021-22', 2_860_700_000]]],
      ['Projection', [['2021-22', 2_788_600_000]]],
      ['Maximum allowed', [['2021-22', 2_860_700_000]]],
    ]);
  });

  it('says so when nothing is held, and names the basis in the title', () => {
    const none = renderToStaticMarkup(
      <DeficitProfileChart profile={{ ...kingston, points: [] }} basis="before Safety Valve funding" />,
    );
    expect(none).toContain('No deficit profile figures are held yet.');
    const svg = renderToStaticMarkup(
      <DeficitProfileChart profile={kingston} basis="before Safety Valve funding" />,
    );
    expect(svg).toContain('<title>Cumulative DSG deficit before Safety Valve funding by year:');
    expect(svg).toContain('>£27.9m</text>');
  });
});
