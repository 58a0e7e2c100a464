import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUscc, makeUscc, normalizeUscc } from '../../../shared/domain/uscc';

describe('USCC (GB 32100)', () => {
  it('accepts the checked test vectors and rejects bad ones with a reason', () => {
    for (const ok of ['91350200776049653A', '91430111MA4L41YT1U', '12330000470051726F', '124403006317066910', '1244030069560423XX', '12440300228345988Y']) {
      expect(checkUscc(ok).ok, ok).toBe(true);
    }
    expect(checkUscc('91350200776049653B')).toMatchObject({ ok: false, reason: expect.stringMatching(/第18位应为“A”/) });
    expect(checkUscc('9135020077604965IA')).toMatchObject({ ok: false, reason: expect.stringMatching(/不允许的字符“I”/) });
    expect(checkUscc('9135')).toMatchObject({ ok: false, reason: expect.stringMatching(/应为18位/) });
  });

  it('normalises full-width and spaces; any single-character change is caught', () => {
    expect(normalizeUscc(' ９１３５０２００７７６０４９６５３ａ ')).toBe('91350200776049653A');
    const CH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    fc.assert(fc.property(fc.stringMatching(/^\d{6}$/), fc.stringMatching(/^[0-9A-Z]{8}$/).filter((s) => ![...s].some((c) => 'IOSVZ'.includes(c))), fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }),
      (region, body, pos, delta) => {
        const code = makeUscc('12', region, body);
        expect(checkUscc(code).ok).toBe(true);
        const i = pos === 17 ? 17 : Math.min(pos, 16);
        const changed = code.slice(0, i) + CH[(CH.indexOf(code[i]) + delta) % 31] + code.slice(i + 1);
        if (i >= 2 && i <= 7 && !/\d/.test(changed[i])) return; // not a region digit: format error instead
        expect(checkUscc(changed).ok).toBe(false);
      }));
  });
});
