// The reform plan's bridge as a waterfall: unmitigated cost, each mitigation's saving, mitigated cost,
// funding, deficit; drawn by src/charts (the same function a report would use).
import { waterfallChart, type WaterfallStep } from '../../charts/index.ts';
import { PlotFigure } from './PlotFigure.tsx';

interface Props {
  title: string;
  steps: readonly WaterfallStep[];
  caption?: string;
}

export function WaterfallChart({ title, steps, caption }: Props) {
  return (
    <PlotFigure
      kind="waterfall"
      testId="bridge-chart"
      draw={(options) => waterfallChart({ title, steps, stepTitle: 'Step' }, options)}
      caption={caption}
    />
  );
}
