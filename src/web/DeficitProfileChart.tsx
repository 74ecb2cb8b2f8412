// The Safety Valve deficit profile: the agreement's maximum cumulative deficit at each year end, the
// agreed model and the latest projection, all before Safety Valve funding (as the agreement sets it).
// The quarterly report PDF draws the same chart from the same function.
import { deficitProfileChart, profileSeries } from '../charts/index.ts';
import { PlotFigure } from './PlotFigure.tsx';
import type { DeficitProfile } from './safetyValveApi.ts';

export { profileSeries };

export function DeficitProfileChart({ profile, basis }: { profile: DeficitProfile; basis: string }) {
  if (profileSeries(profile).length === 0) return <p>No deficit profile figures are held yet.</p>;
  return (
    <PlotFigure
      draw={(options) => deficitProfileChart(profile, { ...options, basis })}
      caption={`At 31 March of each year, ${basis}, in millions of pounds. Diamonds are the maximum the agreement allows; a year without a published maximum has no diamond.`}
    />
  );
}
