import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Graph } from '../graph/graph.js';
import { verifyApiToken, type TokenScope, type VerifiedToken } from './tokens.js';

/** Why a request was refused, for the 401 body. */
export type DenyReason = 'missing' | 'malformed' | 'invalid';

export type Deny = (res: Response, reason: DenyReason, detail: string) => void;

/** The token of an `Authorization: Bearer …` header; null when absent, '' when the header is not a bearer token. */
export function bearerToken(req: Request): string | null {
  const header = req.get('authorization');
  if (header === undefined) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? '';
}

/** Lets a request through only with a live API token of `scope`; `res.locals.apiToken` then holds the token's record. */
export function requireApiToken(graph: Graph, scope: TokenScope, deny: Deny): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const token = bearerToken(req);
    if (token === null) {
      deny(res, 'missing', `authentication required: send "Authorization: Bearer <token>" with an Attest API token of scope '${scope}'`);
      return;
    }
    if (token === '') {
      deny(res, 'malformed', 'the Authorization header must be "Bearer <token>"');
      return;
    }
    const verified: VerifiedToken | null = await verifyApiToken(graph, token, scope);
    if (!verified) {
      deny(res, 'invalid', `the bearer token is not a valid, unrevoked Attest API token of scope '${scope}'`);
      return;
    }
    res.locals.apiToken = verified;
    next();
  };
}
