import { Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { RequireSession } from '../auth/RequireSession';
import { SessionProvider } from '../auth/session';
import { SignInPage } from '../auth/SignInPage';
import { AccessibilityPage } from '../shell/AccessibilityPage';
import { HomeRedirect } from '../shell/HomeRedirect';
import { Layout } from '../shell/Layout';
import { Loading } from '../shell/Loading';
import { NotFoundPage } from '../shell/NotFoundPage';
import { SettingsProvider } from '../shell/settings';
import { ROUTES } from './routes';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/inloggen', element: <SignInPage /> },
      { path: '/toegankelijkheid', element: <AccessibilityPage /> },
      { path: '/', element: <HomeRedirect /> },
      ...ROUTES.map((route) => ({
        path: route.path,
        element: (
          <RequireSession capability={route.capability}>
            <Suspense fallback={<Loading />}>{route.element}</Suspense>
          </RequireSession>
        ),
      })),
      { path: '/index.html', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <SettingsProvider>
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </SettingsProvider>
  );
}
