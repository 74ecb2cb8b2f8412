import { describe, expect, it } from 'vitest';
import { parseCsv } from './csvTable';
import { isStatisticalNeighbours, readStatisticalNeighbours } from './statisticalNeighbours';
import { fixtureBytes } from './testdata/syntheticFiles';

describe('statistical neighbours', () => {
  const table = parseCsv('statistical-neighbours.csv', fixtureBytes('neighbours-synthetic.csv'));

  it('is recognised by LA names across the header (byte-order mark and quoted commas included)', () => {
    expect(table.header[0]).toBe('Kingston upon Thames');
    expect(table.header[2]).toBe('Bristol, City of');
    expect(isStatisticalNeighbours(table)).toBe(true);
  });

  it('lists each LA neighbours nearest first, matching names however they are spelt', () => {
    const result = readStatisticalNeighbours(table);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const of = (la: string) => result.data.neighbours.find((n) => n.la === la)?.neighbours;
    expect(of('314')).toEqual(['319', '318', '305']);
    expect(of('801')).toEqual(['800', '879', '810']); // "Kingston Upon Hull, City of"
    expect(of('822')).toEqual(['823', '826', '342']); // "Bedford Borough", "St. Helens"
    expect(of('943')).toEqual(['942', '815', '929']); // "Westmorland & Furness" (created 2023)
  });

  it('reports a name it cannot match and an LA listed as its own neighbour', () => {
    const bad = parseCsv('sn.csv', new TextEncoder().encode('Sutton,Merton\nAtlantis,Merton\n'));
    const result = readStatisticalNeighbours(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${String(e.row)} ${e.column} ${e.value}: ${e.message}`)).toEqual([
      '2 Sutton Atlantis: is not a known LA name',
      '2 Merton Merton: is the LA itself',
    ]);
  });
});
