/** An access token got by an exchange, kept until shortly before it expires, then got again; one exchange at a time. */
export interface IssuedToken {
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export function renewingToken(exchange: () => Promise<IssuedToken>, now: () => number, marginMs = 60_000): () => Promise<string> {
  let current: IssuedToken | null = null;
  let pending: Promise<IssuedToken> | null = null;
  return async () => {
    if (current && current.expiresAt - marginMs > now()) return current.token;
    pending ??= exchange().finally(() => {
      pending = null;
    });
    current = await pending;
    return current.token;
  };
}
