import { describe, expect, it } from 'vitest';
import { member, panelOf } from '../../testing/smallPanels';
import { panelArrays } from './panelArrays';
import { shrinkToEngland } from './shrinkToEngland';

// England grows 10% a year (1,000 to 1,331), council A 20% a year (100 to 172.8), council B 10% then
// flat. Worked by hand: log F = log S(O) + h x [G + w x (m - M)].
const panel = panelOf(member('E', [1000, 1100, 1210, 1331]), [
  member('A', [100, 120, 144, 172.8]),
  member('B', [200, 220, 220, 220]),
]);
const arrays = panelArrays(panel);

describe('shrink to England', () => {
  it('w = 0.5, k = 2, kn = 1, two years on: A = 172.8 x 1.1^2 x (1.2/1.1)^(2 x 0.5) = 228.096', () => {
    const f = shrinkToEngland(arrays, 2013, 2, { k: 2, w: 0.5, kn: 1 });
    expect(f[0]).toBeCloseTo(172.8 * 1.1 * 1.2, 9);
    expect(f[0]).toBeCloseTo(228.096, 9);
  });

  it("w = 0 grows every council at England's rate; w = 1 at its own (relative to England's over k years)", () => {
    expect(shrinkToEngland(arrays, 2013, 1, { k: 1, w: 0, kn: 3 })[1]).toBeCloseTo(220 * 1.1, 9);
    // B's last three growths average log(1.1)/3; with w = 1 and England's last growth log(1.1), B grows 1.1^(1/3).
    expect(shrinkToEngland(arrays, 2013, 1, { k: 3, w: 1, kn: 1 })[1]).toBeCloseTo(220 * 1.1 ** (1 / 3), 9);
  });

  it('reads nothing after the origin: from January 2012, A is 144 x 1.2 = 172.8 with w = 1, k = kn = 1', () => {
    expect(shrinkToEngland(arrays, 2012, 1, { k: 1, w: 1, kn: 1 })[0]).toBeCloseTo(172.8, 9);
  });
});
