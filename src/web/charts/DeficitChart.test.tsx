import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DeficitChart, type ChartSeries } from './DeficitChart.tsx';

// Kingston, seed 003: the agreement's 2021-22 cumulative deficit after Safety Valve £11,607,000 against the
// May 2021 projection's £10,886,000, each from its balance brought forward less £12,000,000 received.
const kingston: ChartSeries[] = [
  {
    role: 'Agreed profile',
    name: 'Safety Valve agreement, March 2021',
    points: [
      { year: '2020-21', value: 1_312_500_000, broughtForward: true },
      { year: '2021-22', value: 1_160_700_000, broughtForward: false },
    ],
  },
  {
    role: 'Forecast',
    name: 'Latest forecast, May 2021',
    points: [
      { year: '2020-21', value: 1_240_100_000, broughtForward: true },
      { year: '2021-22', value: 1_088_600_000, broughtForward: false },
    ],
  },
];

describe('DeficitChart', () => {
  const svg = renderToStaticMarkup(<DeficitChart series={kingston} />);

  it('has a title and an aria-label naming both versions', () => {
    const title =
      'Cumulative DSG deficit after DfE contributions by year: agreed profile (Safety Valve agreement, March 2021) against forecast (Latest forecast, May 2021)';
    expect(svg).toContain(`<title>${title}</title>`);
    expect(svg).toContain(`aria-label="${title}"`);
    expect(svg).toContain('role="img"');
  });

  it('describes every point in words', () => {
    expect(svg).toContain(
      'Agreed profile, Safety Valve agreement, March 2021: £13.1m at the end of 2020-21 (brought forward), £11.6m at the end of 2021-22.',
    );
    expect(svg).toContain(
      'Forecast, Latest forecast, May 2021: £12.4m at the end of 2020-21 (brought forward), £10.9m at the end of 2021-22.',
    );
  });

  it('draws one solid and one dashed line, with a legend for each', () => {
    const paths = [...svg.matchAll(/<path d="([^"]+)"[^>]*>/g)].map((m) => m[0]);
    expect(paths).toHaveLength(2);
    expect(paths[0]).not.toContain('stroke-dasharray');
    expect(paths[1]).toContain('stroke-dasharray="9 6"');
    expect(svg).toContain('Agreed profile:</tspan> Safety Valve agreement, March 2021');
    expect(svg).toContain('Forecast:</tspan> Latest forecast, May 2021');
  });

  it('labels the axes in £m and the years', () => {
    for (const tick of ['£0m', '£5m', '£10m', '£15m']) expect(svg).toContain(`>${tick}</text>`);
    expect(svg).toContain('>Cumulative deficit (£m)</text>');
    expect(svg).toContain('>2020-21</text>');
    expect(svg).toContain('>2021-22</text>');
  });

  it('prints the value at each point, the higher above and the lower below', () => {
    for (const value of ['£13.1m', '£11.6m', '£12.4m', '£10.9m']) expect(svg).toContain(`>${value}</text>`);
  });

  it('draws a surplus below the zero line', () => {
    const surplus = renderToStaticMarkup(
      <DeficitChart
        series={[
          {
            role: 'Forecast',
            name: 'x',
            points: [{ year: '2021-22', value: -22_730_000, broughtForward: false }],
          },
        ]}
      />,
    );
    expect(surplus).toContain('>-£0.2m</text>');
    expect(surplus).toMatch(/>-£0.\d+m<\/text>/);
  });

  it('draws a third series dotted with diamonds, prints a shared value once, and takes its own subject', () => {
    // Seed 003, condition 2: maximum £28,607,000 in 2021-22, the agreed model the same, the May projection £27,886,000.
    const profile = renderToStaticMarkup(
      <DeficitChart
        subject="Cumulative DSG deficit before Safety Valve funding"
        caption="Before Safety Valve funding."
        series={[
          {
            role: 'Maximum',
            name: 'the agreement',
            points: [{ year: '2021-22', value: 2_860_700_000, broughtForward: false }],
          },
          {
            role: 'Agreed model',
            name: 'a',
            points: [{ year: '2021-22', value: 2_860_700_000, broughtForward: false }],
          },
          {
            role: 'Projection',
            name: 'b',
            points: [{ year: '2021-22', value: 2_788_600_000, broughtForward: false }],
          },
        ]}
      />,
    );
    expect(profile).toContain(
      '<title>Cumulative DSG deficit before Safety Valve funding by year: maximum (the agreement) against agreed model (a) against projection (b)</title>',
    );
    expect(profile.match(/>£28.6m<\/text>/g)).toHaveLength(1);
    expect(profile).toContain('>£27.9m</text>');
    expect(profile).toContain('stroke-dasharray="2 5"');
    expect(profile).toContain('Before Safety Valve funding.</figcaption>');
  });
});
