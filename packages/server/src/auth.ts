import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

/** Who a request is for, and how it said so: a cookie is sent by the browser on its own, so it needs CSRF protection. */
export interface Session {
  customerId: string;
  via: 'cookie' | 'bearer';
}

/**
 * The pluggable authentication hook: it names the customer of a request, or `undefined`
 * for none (401). A host plugs in its own (its session store, its identity provider's
 * JWTs); the server never reads a customer id from anywhere else.
 */
export type Authenticate = (c: Context) => Session | undefined | Promise<Session | undefined>;

export const sessionCookie = 'prefs_session';
export const csrfCookie = 'prefs_csrf';

/**
 * The example hook: `v1.<customer>.<signature>` tokens signed with HMAC-SHA-256, sent as
 * `Authorization: Bearer …` or in an HttpOnly cookie. The CSRF token of a cookie session
 * is derived from the same secret (signed double submit), so nothing is stored.
 */
export class SignedTokens {
  private readonly secret: Buffer;

  constructor(secret: string | Buffer = randomBytes(32)) {
    this.secret = typeof secret === 'string' ? Buffer.from(secret) : secret;
    if (this.secret.length < 16) throw new Error('The signing secret needs at least 16 bytes.');
  }

  private sign(purpose: string, customerId: string): string {
    return createHmac('sha256', this.secret).update(`${purpose}\u0000${customerId}`).digest('base64url');
  }

  issue(customerId: string): { token: string; csrfToken: string } {
    const id = Buffer.from(customerId).toString('base64url');
    return { token: `v1.${id}.${this.sign('session', customerId)}`, csrfToken: this.csrfToken(customerId) };
  }

  csrfToken(customerId: string): string {
    return this.sign('csrf', customerId);
  }

  /** The customer a token names, when its signature holds. */
  verify(token: string | undefined): string | undefined {
    const parts = token?.split('.');
    if (parts?.length !== 3 || parts[0] !== 'v1') return undefined;
    const customerId = Buffer.from(parts[1]!, 'base64url').toString();
    if (!customerId) return undefined;
    return same(parts[2]!, this.sign('session', customerId)) ? customerId : undefined;
  }

  /** The hook: a bearer token first, then the session cookie. */
  readonly authenticate: Authenticate = (c) => {
    const header = c.req.header('authorization');
    if (header !== undefined) {
      const match = header.match(/^Bearer\s+(\S+)$/i);
      const customerId = this.verify(match?.[1]);
      return customerId ? { customerId, via: 'bearer' } : undefined;
    }
    const customerId = this.verify(getCookie(c, sessionCookie));
    return customerId ? { customerId, via: 'cookie' } : undefined;
  };

  /** A cookie session's unsafe request must carry its CSRF token in a header a foreign page cannot set. */
  checkCsrf(c: Context, session: Session): boolean {
    if (session.via !== 'cookie') return true;
    const sent = c.req.header('x-csrf-token');
    return sent !== undefined && same(sent, this.csrfToken(session.customerId));
  }
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
