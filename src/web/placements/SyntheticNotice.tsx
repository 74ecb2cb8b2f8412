// The label every view of a made-up (demo) placement register carries: no row is a real child.
import { Notice } from '../ui/Notice.tsx';

export function SyntheticNotice() {
  return (
    <Notice tone="synthetic" role="note">
      <p>
        <strong>Synthetic data.</strong> This register is made up for the demo: no row describes a real child.
        It was generated so that its figures reproduce Kingston&apos;s published Safety Valve KPIs and partner
        contributions.
      </p>
    </Notice>
  );
}
