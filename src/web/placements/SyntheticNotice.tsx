// The label every view of a made-up (demo) placement register carries: no row is a real child.
export function SyntheticNotice() {
  return (
    <p className="notice notice-synthetic" role="note">
      <strong>Synthetic data.</strong> This register is made up for the demo: no row describes a real child.
      It was generated so that its figures reproduce Kingston&apos;s published Safety Valve KPIs and partner
      contributions.
    </p>
  );
}
