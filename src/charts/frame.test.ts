import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { chartDocument } from '../testing/charts';
import { drawChart } from './frame';
import { layoutLegend, markerPath } from './legend';
import { lineStyle } from './palette';

const document = chartDocument();
const frame = {
  title: 'A chart',
  description: 'What it shows.',
  kind: 'test',
  height: 100,
  plot: { marks: [Plot.dot([1, 2, 3], { x: (d: number) => d, y: (d: number) => d })] },
};

describe('drawChart', () => {
  it("returns Plot's <svg> as an image named by its title, described, with its kind as a class", () => {
    const svg = drawChart(frame, { document, width: 300 });
    expect(svg.tagName).toBe('svg');
    expect(svg.getAttribute('class')).toBe('hn-plot hn-chart hn-chart-test');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('A chart');
    expect(svg.firstElementChild?.outerHTML).toBe('<title>A chart</title>');
    expect(svg.querySelector('desc')?.textContent).toBe('What it shows.');
    expect(svg.getAttribute('font-family')).toBe('inherit');
    expect(drawChart(frame, { document, fontFamily: 'Liberation Sans' }).getAttribute('font-family')).toBe(
      'Liberation Sans',
    );
  });

  it('draws a legend only for more than one entry', () => {
    const one = drawChart(
      { ...frame, legend: [{ kind: 'swatch', label: 'Only', fill: 'black' }] },
      { document },
    );
    expect(one.querySelector('.hn-chart-legend')).toBeNull();
    const two = drawChart(
      {
        ...frame,
        legend: [
          { kind: 'swatch', label: 'One', fill: 'black' },
          { kind: 'line', label: 'Two', style: lineStyle(1) },
        ],
      },
      { document },
    );
    expect([...two.querySelectorAll('.hn-chart-legend text')].map((t) => t.textContent)).toEqual([
      'One',
      'Two',
    ]);
    expect(two.querySelector('.hn-chart-legend line')?.getAttribute('stroke-dasharray')).toBe('9 5');
  });

  it('asks for a document on the server rather than failing inside Plot', () => {
    expect(() => drawChart(frame, { document: undefined })).toThrow(/Charts need a document/);
  });
});

describe('layoutLegend', () => {
  it('flows entries into rows no wider than the chart, wrapping a name too long for a row', () => {
    const entries = ['Agreed profile: Safety Valve agreement, March 2021', 'Forecast', 'England'].map(
      (label) => ({
        kind: 'swatch' as const,
        label,
        fill: 'black',
      }),
    );
    const wide = layoutLegend(entries, 900);
    expect(wide.items.map((i) => i.y)).toEqual([0, 0, 0]);
    const narrow = layoutLegend(entries, 200);
    expect(narrow.items[0]?.lines.length).toBeGreaterThan(1);
    expect(narrow.items[1]?.y).toBeGreaterThan(0);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('draws markers the shape Plot draws them', () => {
    expect(markerPath('square', 4.5)).toMatch(/^M-3\.98/);
    expect(markerPath('circle', 4.5)).toContain('A4.5,4.5');
  });
});
