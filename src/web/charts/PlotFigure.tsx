// Puts a chart from src/charts into a page: the chart is drawn at the width the page gives it (so a phone
// gets fewer, unbroken tick labels) and drawn again when that width changes. Every chart component is a
// thin wrapper over this and one chart function, which the PDF reports use as well.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { defaultWidth, type ChartOptions } from '../../charts/index.ts';
import styles from './charts.module.css';

interface Props {
  /** Draws the chart at the width given (the chart functions of src/charts, with their data bound). */
  draw: (options: ChartOptions) => SVGSVGElement;
  caption?: ReactNode;
  /** Which chart this is (data-chart on the figure, for tests): "fan", "bar", "kpi-trend"... */
  kind: string;
  /** 'trend' for the small chart inside a KPI tile; 'ehcp' for the return's narrower bars. */
  size?: 'page' | 'trend' | 'ehcp';
  testId?: string;
}

/** A figure holding one chart of src/charts, redrawn to fit its width. */
export function PlotFigure({ draw, caption, kind, size = 'page', testId }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const width = useWidth(holder);
  // Drawn after every render: the data may have changed, and a chart takes a few milliseconds.
  useEffect(() => {
    holder.current?.replaceChildren(asOneImage(draw({ width })));
  });
  return (
    <figure
      className={size === 'page' ? styles.figure : `${styles.figure} ${styles[size]}`}
      data-chart={kind}
      data-testid={testId}
    >
      <div ref={holder} />
      {caption ? <figcaption className={styles.caption}>{caption}</figcaption> : null}
    </figure>
  );
}

/**
 * Plot names its mark groups (aria-label "line", "bar", "y-axis label"...) on <g> elements with no role,
 * which ARIA forbids (axe: aria-prohibited-attr). The chart is one image (role="img" with <title> and
 * <desc>), so each named group becomes a plain group inside it; the names stay for tests and tools.
 */
function asOneImage(svg: SVGSVGElement): SVGSVGElement {
  for (const group of svg.querySelectorAll('g[aria-label]:not([role])')) group.setAttribute('role', 'group');
  return svg;
}

/** The element's width in whole pixels, followed as it changes (the default width where none is known). */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(defaultWidth);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.floor(element.clientWidth);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
