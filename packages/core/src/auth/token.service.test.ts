import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { Role } from './roles.js';
import { TokenService } from './token.service.js';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';
const tokens = new TokenService(secret);

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return 'no error';
}

describe('TokenService', () => {
  it('round-trips a scoped officer', async () => {
    const token = await tokens.sign({
      subject: 'officer-1',
      role: Role.OFFICER,
      unit: { id: '0190a2c4-0000-7000-8000-0000000000a1', code: '87' },
    });
    await expect(tokens.principalFromHeader(`Bearer ${token}`)).resolves.toEqual({
      kind: 'user',
      subject: 'officer-1',
      role: Role.OFFICER,
      unitId: '0190a2c4-0000-7000-8000-0000000000a1',
      unitCode: '87',
    });
  });

  it('treats a missing header as anonymous', async () => {
    await expect(tokens.principalFromHeader(undefined)).resolves.toEqual({ kind: 'anonymous' });
  });

  it('refuses a scoped role without a unit when signing', async () => {
    await expect(tokens.sign({ subject: 'x', role: Role.ASSOCIATION })).rejects.toThrow(/--unit/);
  });

  it('rejects a malformed header, a bad signature and an expired token as UNAUTHENTICATED', async () => {
    const other = new TokenService('another-secret-that-is-long-enough-for-hs256');
    const forged = await other.sign({ subject: 'x', role: Role.ADMIN });
    const expired = await new SignJWT({ role: Role.ADMIN })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('hoctap')
      .setSubject('x')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(secret));
    expect(await codeOf(tokens.principalFromHeader('Basic abc'))).toBe('UNAUTHENTICATED');
    expect(await codeOf(tokens.principalFromHeader(`Bearer ${forged}`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(tokens.principalFromHeader(`Bearer ${expired}`))).toBe('UNAUTHENTICATED');
    await expect(tokens.verify(expired)).rejects.toThrow(/expired/);
  });

  it('rejects a token whose role is unknown', async () => {
    const token = await new SignJWT({ role: 'KING' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('hoctap')
      .setSubject('x')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));
    await expect(tokens.verify(token)).rejects.toThrow(/role/);
  });

  it('rejects a token without an expiry, and a scoped token whose unit is not an id', async () => {
    const sign = (claims: Record<string, unknown>, exp: boolean) => {
      const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer('hoctap').setSubject('x');
      return (exp ? jwt.setExpirationTime('1h') : jwt).sign(new TextEncoder().encode(secret));
    };
    await expect(tokens.verify(await sign({ role: Role.ADMIN }, false))).rejects.toThrow(/not valid/);
    expect(await codeOf(tokens.verify(await sign({ role: Role.ADMIN }, false)))).toBe('UNAUTHENTICATED');
    for (const unit of ['u-1', "1'; drop table subject", ''])
      expect(await codeOf(tokens.verify(await sign({ role: Role.OFFICER, unit, unitCode: '87' }, true)))).toBe(
        'UNAUTHENTICATED',
      );
    expect(
      await codeOf(
        tokens.verify(await sign({ role: Role.OFFICER, unit: '0190a2c4-0000-7000-8000-0000000000a1' }, true)),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses a short secret', () => {
    expect(() => new TokenService('short')).toThrow(/32 characters/);
  });
});
