import { describe, expect, it } from 'vitest';
import { narrativeBlocks } from './narrative';

describe('narrative text as blocks', () => {
  it('splits paragraphs at blank lines and joins the lines of a paragraph', () => {
    expect(narrativeBlocks('To update the Committee\non the plan\n\n\nSecond.')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'To update the Committee on the plan' }] },
      { kind: 'paragraph', runs: [{ text: 'Second.' }] },
    ]);
  });

  it("reads bulleted, numbered and lettered lists (seed 004's recommendations are numbered)", () => {
    const blocks = narrativeBlocks(
      '1. Progress is noted\n2. Annex 1 is endorsed\n\n- one\n- two\n\na. first\nb) second',
    );
    expect(blocks.map((b) => (b.kind === 'list' ? [b.numbering, b.items.length] : b.kind))).toEqual([
      ['number', 2],
      ['bullet', 2],
      ['letter', 2],
    ]);
    expect(blocks[0]).toMatchObject({
      items: [[{ text: 'Progress is noted' }], [{ text: 'Annex 1 is endorsed' }]],
    });
  });

  it('keeps markup as text and gives nothing for empty text', () => {
    expect(narrativeBlocks('<b>bold</b> & more')).toEqual([
      { kind: 'paragraph', runs: [{ text: '<b>bold</b> & more' }] },
    ]);
    expect(narrativeBlocks('  \n\n ')).toEqual([]);
  });
});
