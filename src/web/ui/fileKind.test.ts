import { describe, expect, it } from 'vitest';
import { fileKindOf, wrongKindMessage } from './fileKind.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('fileKindOf', () => {
  it('knows a workbook, a zip and a Word document by their zip header and name', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(fileKindOf('Model.xlsx', zip)).toBe('excel');
    expect(fileKindOf('inputs.zip', zip)).toBe('zip');
    expect(fileKindOf('paper.docx', zip)).toBe('word');
  });

  it('knows PDF, JSON (with a byte order mark) and CSV', () => {
    expect(fileKindOf('report.pdf', bytes('%PDF-1.7'))).toBe('pdf');
    expect(fileKindOf('plan.json', bytes('\uFEFF  {"version": "x"}'))).toBe('json');
    expect(fileKindOf('register.csv', bytes('child_id,provider\nA1,School'))).toBe('csv');
    expect(fileKindOf('notes.txt', bytes('hello'))).toBe('other');
  });
});

describe('wrongKindMessage', () => {
  it('names the file and its kind, and says what the form takes', () => {
    expect(wrongKindMessage('Model.xlsx', 'excel', ['json'], 'the plan import takes a JSON file')).toBe(
      '“Model.xlsx” is an Excel workbook; the plan import takes a JSON file. Nothing was sent.',
    );
    expect(wrongKindMessage('plan.json', 'json', ['json'], 'x')).toBeNull();
  });
});
