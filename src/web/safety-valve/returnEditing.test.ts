import { describe, expect, it } from 'vitest';
import { signaturesClearedWarning } from './returnEditing.ts';

describe('signaturesClearedWarning', () => {
  it('warns only when one officer has signed', () => {
    expect(signaturesClearedWarning({ status: 'draft' })).toBeNull();
    expect(signaturesClearedWarning({ status: 'locked' })).toBeNull();
    expect(signaturesClearedWarning({ status: 'signedByS151' })).toMatch(/^The S151 officer has signed/);
    expect(signaturesClearedWarning({ status: 'signedByDcs' })).toMatch(
      /^The Director of Children’s Services has signed/,
    );
  });
});
