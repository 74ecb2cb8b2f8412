import { describe, expect, it } from 'vitest';
import { chooseVersions } from './deficitPosition';

const versions = [
  { name: 'Recovery plan 2019', status: 'frozen' },
  { name: 'Agreement 2021', status: 'frozen' },
  { name: 'Forecast April', status: 'draft' },
  { name: 'Forecast May', status: 'draft' },
];

describe('which versions the dashboard sets against each other', () => {
  it('takes the agreement’s version and the projection the latest return names', () => {
    expect(chooseVersions(versions, 'Agreement 2021', 'Forecast April')).toEqual({
      agreed: 'Agreement 2021',
      forecast: 'Forecast April',
      agreedFrom: 'agreement',
      forecastFrom: 'return',
    });
  });

  it('without an agreement or a return, the latest frozen version against the latest draft', () => {
    expect(chooseVersions(versions, null, null)).toEqual({
      agreed: 'Agreement 2021',
      forecast: 'Forecast May',
      agreedFrom: 'frozen',
      forecastFrom: 'draft',
    });
  });

  it('ignores names the council does not hold, and a projection that is the agreed version itself', () => {
    expect(chooseVersions(versions, 'Deleted plan', 'Agreement 2021')).toMatchObject({
      agreed: 'Agreement 2021',
      forecast: 'Forecast May',
      agreedFrom: 'frozen',
      forecastFrom: 'draft',
    });
  });

  it('with only drafts, the oldest against the newest; with one version or none, nothing', () => {
    const drafts = versions.filter((v) => v.status === 'draft');
    expect(chooseVersions(drafts, null, null)).toMatchObject({
      agreed: 'Forecast April',
      forecast: 'Forecast May',
    });
    expect(chooseVersions(versions.slice(0, 1), null, null)).toBeNull();
    expect(chooseVersions([], null, null)).toBeNull();
  });
});
