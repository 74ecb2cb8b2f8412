// Puts a chart from src/charts into a page: the chart is drawn at the width the page gives it (so a phone
// gets fewer, unbroken tick labels) and drawn again when that width changes. Every chart component is a
// thin wrapper over this and one chart function, which the PDF reports use as well.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { defaultWidth, type ChartOptions } from '../charts/index.ts';

interface Props {
  /** Draws the chart at the width given (the chart functions of src/charts, with their data bound). */
  draw: (options: ChartOptions) => SVGSVGElement;
  caption?: ReactNode;
  className?: string;
  testId?: string;
}

/** A figure holding one chart of src/charts, redrawn to fit its width. */
export function PlotFigure({ draw, caption, className = 'chart', testId }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const width = useWidth(holder);
  // Drawn after every render: the data may have changed, and a chart takes a few milliseconds.
  useEffect(() => {
    holder.current?.replaceChildren(draw({ width }));
  });
  return (
    <figure className={className} data-testid={testId}>
      <div ref={holder} />
      {caption ? <figcaption className="hint">{caption}</figcaption> : null}
    </figure>
  );
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
