import { describe, expect, it } from 'vitest';
import { kingstonProfile } from '../testing/chartFixtures';
import { chartDocument } from '../testing/charts';
import { deficitProfileChart, profileSeries } from './deficitProfileChart';

describe('deficitProfileChart (seed 003 condition 2)', () => {
  it('draws only the years where each figure is held, and only series with a figure', () => {
    expect(
      profileSeries(kingstonProfile).map((s) => [s.role, s.points.map((p) => [p.year, p.value])]),
    ).toEqual([
      ['Agreed model', [['2021-22', 2_860_700_000]]],
      ['Projection', [['2021-22', 2_788_600_000]]],
      ['Agreement maximum', [['2021-22', 2_860_700_000]]],
    ]);
    expect(profileSeries({ ...kingstonProfile, points: [] })).toEqual([]);
  });

  const svg = deficitProfileChart(kingstonProfile, {
    document: chartDocument(),
    basis: 'before Safety Valve funding',
  });

  it('names the basis in its title and keeps every year of the agreement on the axis', () => {
    expect(svg.getAttribute('aria-label')).toMatch(
      /^Cumulative DSG deficit before Safety Valve funding by year:/,
    );
    const years = [...svg.querySelectorAll('[aria-label="x-axis tick label"] text')].map(
      (t) => t.textContent,
    );
    expect(years).toEqual(['2021-22', '2022-23']);
  });

  it('prints £28.6m (maximum and agreed model) once and £27.9m', () => {
    expect(svg.outerHTML.match(/>£28\.6m</g)).toHaveLength(1);
    expect(svg.outerHTML).toContain('>£27.9m</text>');
  });

  it('matches its SVG snapshot', async () => {
    await expect(svg.outerHTML).toMatchFileSnapshot('./__snapshots__/deficitProfileChart.svg');
  });
});
