import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@hub/common/errors';
import { sendError } from '@hub/common/http';
import {
  CENTRE_PARTNER_CODE,
  CENTRE_ROLES,
  graphqlOperation,
  INTERNAL_IDENTITY_HEADER,
  PARTNER_ROLES,
  type Caller,
  type InternalSigner,
  type Role,
} from '@hub/common/identity';
import { type Logger } from '@hub/common/logger';
import express from 'express';
import { importPKCS8, SignJWT, type CryptoKey } from 'jose';
import { z } from 'zod';
import type { GatewayConfig } from './config';

/** One user a developer may sign in as: a partner of the directory and the roles it may hold. */
export interface DevUser {
  partner: string;
  partnerName: string;
  roles: readonly Role[];
}

/** Longest lifetime of a development token: a working day, as `hub token` gives. */
const MAX_TTL_SECONDS = 8 * 60 * 60;

const tokenRequest = z.object({
  partner: z.string().min(1).max(64),
  roles: z.array(z.string()).max(6).optional(),
  /** A distinct user of the same partner, when a developer needs two people. */
  sub: z
    .string()
    .regex(/^[A-Za-z0-9._@-]{1,100}$/)
    .optional(),
  ttlSeconds: z.number().int().min(1).max(MAX_TTL_SECONDS).optional(),
});

/** Who the sign-in reads the directory as: a Centre administrator, for the partner list only. */
const DIRECTORY_READER: Caller = {
  sub: 'dev-sign-in',
  partner: CENTRE_PARTNER_CODE,
  roles: ['ADMIN'],
};

/**
 * The development sign-in: the stand-in for a partner's identity provider, so a browser client,
 * GraphiQL or the partner CLI can get a token without the hub's command line. It signs with the
 * development issuer's key (the key `hub token` uses), for partners of the directory only, with
 * the roles their kind of user holds. Outside development, or without that key, every path
 * answers 404 as if it did not exist.
 */
export function devSignInRouter(
  config: GatewayConfig,
  signInternal: InternalSigner,
  log: Logger,
): express.Router {
  const router = express.Router();
  const enabled = config.HUB_ENV !== 'production' && Boolean(config.DEV_TOKEN_SIGNING_KEY);
  router.use((_req, res, next) => {
    if (!enabled) {
      sendError(res, 404, ErrorCode.NOT_FOUND, 'Not found.');
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  if (!enabled) {
    return router;
  }
  let key: Promise<CryptoKey> | undefined;
  const signingKey = () => (key ??= importPKCS8(config.DEV_TOKEN_SIGNING_KEY!, 'ES256'));

  const users = async (): Promise<DevUser[]> => {
    const query = '{ partners(activeOnly: true, first: 500) { code name } }';
    const response = await fetch(config.PARTNERS_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_IDENTITY_HEADER]: signInternal({
          caller: DIRECTORY_READER,
          requestId: randomUUID(),
          subgraph: 'partners',
          operation: graphqlOperation(query, undefined),
        }),
      },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as {
      data?: { partners?: { code: string; name: string }[] };
    };
    return (body.data?.partners ?? []).map((partner) => ({
      partner: partner.code,
      partnerName: partner.name,
      roles: partner.code === CENTRE_PARTNER_CODE ? CENTRE_ROLES : PARTNER_ROLES,
    }));
  };

  router.get('/users', async (_req, res) => {
    try {
      res.json(await users());
    } catch {
      sendError(res, 503, 'SERVICE_UNAVAILABLE', 'The partner directory is not reachable.');
    }
  });

  router.post('/token', express.json({ limit: '4kb' }), async (req, res) => {
    const parsed = tokenRequest.safeParse(req.body);
    if (!parsed.success) {
      sendError(
        res,
        400,
        ErrorCode.BAD_USER_INPUT,
        'Send JSON { "partner": "<code>", "roles": ["<ROLE>"] }.',
      );
      return;
    }
    const { partner, sub, ttlSeconds = MAX_TTL_SECONDS } = parsed.data;
    let user: DevUser | undefined;
    try {
      user = (await users()).find((candidate) => candidate.partner === partner);
    } catch {
      sendError(res, 503, 'SERVICE_UNAVAILABLE', 'The partner directory is not reachable.');
      return;
    }
    if (!user) {
      sendError(res, 400, ErrorCode.BAD_USER_INPUT, `No partner "${partner}" in the directory.`);
      return;
    }
    const roles = parsed.data.roles?.length ? parsed.data.roles : [user.roles[0]];
    const wrong = roles.filter((role) => !(user.roles as readonly string[]).includes(role));
    if (wrong.length > 0) {
      sendError(
        res,
        400,
        ErrorCode.BAD_USER_INPUT,
        `Roles for ${partner}: ${user.roles.join(', ')}.`,
      );
      return;
    }
    const expiresAt = new Date(Math.floor(Date.now() / 1000 + ttlSeconds) * 1000);
    const token = await new SignJWT({ partner, roles })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
      .setSubject(sub ?? `demo-user@${partner}`)
      .setIssuer(config.JWT_ISSUER)
      .setAudience(config.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(expiresAt)
      .sign(await signingKey());
    log.info({ partner, roles }, 'development token issued');
    res.json({ token, expiresAt: expiresAt.toISOString() });
  });
  return router;
}
