import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PEOPLE_PAGE_QUERY } from '../../web/features/people/people.queries.js';
import { mockQueryErrors, renderApp, sessionAs } from './render.js';

function linksIn(element: HTMLElement): string[] {
  return within(element)
    .getAllByRole('link')
    .map((link) => `${link.textContent} ${link.getAttribute('href')}`);
}

describe('a page the role does not include', () => {
  it('tells finance the audit log is not theirs and links the pages they can open, with nothing to retry', async () => {
    renderApp('/audit', [], { session: sessionAs('finance') });

    expect(await screen.findByRole('heading', { level: 1, name: 'Not available to your role' })).toBeDefined();
    expect(screen.getByText(/The Finance role does not include/).textContent).toContain('Audit log');
    expect(linksIn(screen.getByRole('navigation', { name: 'Pages your role can open' }))).toEqual([
      'Overview /',
      'Findings /findings',
      'Apps /apps',
      'Roles and seats /roles-and-seats',
      'People /people',
      'Sources /sources',
    ]);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(document.title).toBe('Not available to your role · Attest');
  });

  it('refuses an app page to a manager but opens it to an auditor', async () => {
    renderApp('/apps/app-jasper', [], { session: sessionAs('manager') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Not available to your role' })).toBeDefined();
    // A manager who is nobody in HR has no team or reviews of their own to open.
    expect(linksIn(screen.getByRole('navigation', { name: 'Pages your role can open' }))).toEqual(['Findings /findings', 'People /people']);
  });

  it('answers a refusal from the server the same way: what the role can open, no Retry', async () => {
    renderApp('/people', [mockQueryErrors(PEOPLE_PAGE_QUERY, { first: 25 }, [{ message: 'no', extensions: { code: 'FORBIDDEN' } }])], {
      session: sessionAs('auditor'),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your role does not give access to this people.');
    expect(within(alert).getByRole('link', { name: 'Audit log' }).getAttribute('href')).toBe('/audit');
    expect(within(alert).queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('still offers Retry when the server could not be reached', async () => {
    renderApp('/people', [{ request: { query: PEOPLE_PAGE_QUERY, variables: { first: 25 } }, error: new Error('offline') }], {
      session: sessionAs('auditor'),
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeDefined();
    expect(within(alert).queryByRole('navigation')).toBeNull();
  });
});

describe('the navigation menu button', () => {
  it('opens and closes the links it controls, and Escape closes it and returns focus to it', async () => {
    const { location } = renderApp('/audit', [], { session: sessionAs('finance') });
    await screen.findByRole('heading', { level: 1, name: 'Not available to your role' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const button = within(nav).getByRole('button', { name: 'Menu' });
    const menu = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!menu) throw new Error('the Menu button controls nothing');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(within(menu).getByRole('link', { name: 'Findings' })).toBeDefined();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(menu.className).toContain('is-open');
    fireEvent.keyDown(within(menu).getByRole('link', { name: 'Apps' }), { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);

    // Following a link closes it too.
    fireEvent.click(button);
    fireEvent.click(within(menu).getByRole('link', { name: 'Sources' }));
    await waitFor(() => expect(location()).toBe('/sources'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});
