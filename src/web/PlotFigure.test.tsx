// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mount } from '../testing/mount.tsx';
import { PlotFigure } from './PlotFigure.tsx';

describe('PlotFigure', () => {
  it('mounts the drawn chart into a figure, at the default width where the page gives none, with its caption', () => {
    const widths: number[] = [];
    const page = mount(
      <PlotFigure
        testId="probe"
        caption="Values in £m."
        draw={(options) => {
          widths.push(options.width ?? 0);
          const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
          svg.setAttribute('role', 'img');
          return svg;
        }}
      />,
    );
    const figure = page.querySelector('figure[data-testid="probe"]');
    expect(figure?.className).toBe('chart');
    expect(figure?.querySelectorAll('svg[role="img"]')).toHaveLength(1);
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Values in £m.');
    expect(widths.at(-1)).toBe(640);
  });
});
