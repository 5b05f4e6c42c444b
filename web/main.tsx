import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './shared/apollo.js';
import { goToSignIn, loadSession, SessionContext, SIGN_IN_PATH } from './features/auth/auth.js';
import { AppRoutes } from './routes.js';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

/** Every page but the sign-in page needs a session: without one, the browser goes to sign in first. */
async function start(): Promise<void> {
  // The overview is where most people land: fetch its code while the session is checked, not after.
  if (window.location.pathname === '/') void import('./features/overview/OverviewPage.js');
  const onSignInPage = window.location.pathname === SIGN_IN_PATH;
  const session = await loadSession().catch(() => null);
  if (!session && !onSignInPage) {
    goToSignIn();
    return;
  }
  if (session && onSignInPage) {
    window.location.replace('/');
    return;
  }
  root.render(
    <StrictMode>
      <SessionContext.Provider value={session}>
        <ApolloProvider client={createApolloClient()}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </ApolloProvider>
      </SessionContext.Provider>
    </StrictMode>,
  );
}

void start();
