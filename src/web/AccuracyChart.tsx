// What a council forecast in its plans against what the January census found: the published numbers as a
// solid line, each plan's forecasts as a dashed line, every point labelled; drawn by src/charts.
import { accuracyChart } from '../charts/index.ts';
import type { AccuracyReview } from './nationalApi.ts';
import { PlotFigure } from './PlotFigure.tsx';

export function AccuracyChart({ review }: { review: AccuracyReview }) {
  return (
    <PlotFigure
      testId="accuracy-chart"
      draw={(options) =>
        accuracyChart(
          { council: review.council.name, published: review.published, sources: review.sources },
          options,
        )
      }
    />
  );
}
