// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { kingstonProfile } from '../testing/chartFixtures';
import { mount } from '../testing/mount.tsx';
import { DeficitProfileChart } from './DeficitProfileChart.tsx';
import type { DeficitProfile } from './safetyValveApi.ts';

// Seed 003 condition 2: maximum £28,607,000 for 2021-22, the agreed model the same, the May 2021
// projection £27,886,000; later maxima are not published.
const kingston: DeficitProfile = { ...kingstonProfile, points: [...kingstonProfile.points] };

describe('DeficitProfileChart', () => {
  it('says so when nothing is held', () => {
    const page = mount(
      <DeficitProfileChart profile={{ ...kingston, points: [] }} basis="before Safety Valve funding" />,
    );
    expect(page.textContent).toBe('No deficit profile figures are held yet.');
  });

  it('draws the profile named by its basis, as the quarterly report does', () => {
    const page = mount(<DeficitProfileChart profile={kingston} basis="before Safety Valve funding" />);
    const svg = page.querySelector('svg[role="img"]');
    expect(svg?.getAttribute('aria-label')).toMatch(
      /^Cumulative DSG deficit before Safety Valve funding by year:/,
    );
    expect(svg?.outerHTML).toContain('>£27.9m</text>');
  });
});
