import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterSignInPath } from '../../web/features/auth/auth.js';
import { renderApp } from './render.js';

const ORIGIN = 'https://attest.example.com';

describe('where the browser goes after signing in', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('goes back to the page of this site it came from, with its query and fragment', () => {
    expect(afterSignInPath(`?next=${encodeURIComponent('/findings?type=SOLE_ADMIN#top')}`, ORIGIN)).toBe('/findings?type=SOLE_ADMIN#top');
    expect(afterSignInPath('', ORIGIN)).toBe('/');
    expect(afterSignInPath('?next=%2Fsign-in', ORIGIN)).toBe('/');
  });

  it.each([
    ['a tab the browser drops', '%2F%09%2Fevil.example%2F'],
    ['a newline', '%2F%0A%2Fevil.example%2F'],
    ['a carriage return', '%2F%0D%2Fevil.example%2F'],
    ['a backslash', '%2F%5Cevil.example'],
    ['two slashes', '%2F%2Fevil.example'],
    ['a full URL', 'https%3A%2F%2Fevil.example%2F'],
    ['a dot segment', '%2Fx%2F..%2F%2Fevil.example'],
    ['a script', 'javascript%3Aalert(1)'],
  ])('goes to / rather than another site for next with %s', (_what, next) => {
    expect(afterSignInPath(`?next=${next}`, ORIGIN)).toBe('/');
  });

  it('the single sign-on link carries next only when it is a page of this site', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(JSON.stringify({ sso: true }), { headers: { 'content-type': 'application/json' } })),
    );
    const here = renderApp(`/sign-in?next=${encodeURIComponent('/reviews?campaign=c1')}`);
    const link = await screen.findByRole('link', { name: /identity provider/ });
    expect(link.getAttribute('href')).toBe(`/auth/oidc/login?next=${encodeURIComponent('/reviews?campaign=c1')}`);
    here.unmount();

    renderApp('/sign-in?next=%2F%09%2Fevil.example%2F');
    expect((await screen.findByRole('link', { name: /identity provider/ })).getAttribute('href')).toBe('/auth/oidc/login');
  });
});
