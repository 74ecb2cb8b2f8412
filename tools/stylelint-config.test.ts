// The style check npm test runs: an unclosed block (which once disabled about a hundred rules unnoticed)
// and an unknown property fail it; the project's CSS Modules pass.
import path from 'node:path';
import stylelint from 'stylelint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

async function problems(code: string): Promise<string[]> {
  const result = await stylelint.lint({
    code,
    codeFilename: path.join(root, 'src/web/ui/probe.module.css'),
    configBasedir: root,
    cwd: root,
  });
  return result.results.flatMap((r) => r.warnings.map((w) => w.rule));
}

describe('the stylelint configuration', () => {
  it('fails a block left open, as merges once left two in the old stylesheet', async () => {
    expect(await problems('.notice {\n  color: red;\n\n.dialog {\n  margin: 0;\n}\n')).toContain(
      'CssSyntaxError',
    );
  });

  it('fails an unknown property and an odd class name', async () => {
    expect(await problems('.notice {\n  colour: red;\n}\n')).toContain('property-no-unknown');
    expect(await problems('.Notice_Box {\n  color: red;\n}\n')).toContain('selector-class-pattern');
  });

  it('passes a CSS Module written in the house style', async () => {
    expect(
      await problems('.groupRow th {\n  font-weight: 700;\n}\n\n.tileG {\n  border-color: var(--x);\n}\n'),
    ).toEqual([]);
  });
});
