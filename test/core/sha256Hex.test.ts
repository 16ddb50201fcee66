import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/rules/sha256Hex.js';

describe('sha256Hex', () => {
  it('agrees with node:crypto for every length across block boundaries and for non-ASCII text', () => {
    for (let n = 0; n < 300; n++) {
      const text = randomBytes(n).toString('latin1') + 'é€😀'.repeat(n % 3);
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});
