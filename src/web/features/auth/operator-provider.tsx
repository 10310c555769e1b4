/**
 * Knows who is signed in (GET /api/session) and provides it as `OperatorContext` to the console.
 * Not signed in: off to /login, which brings the operator back here afterwards. Any later call that
 * answers 401 (session expired or revoked) does the same, keeping the address they were at.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorState, LoadingState } from '../../components/page-states';
import { OperatorContext } from '../../lib/access';
import { onUnauthenticated, ProxyRequestError } from '../../lib/api-client';
import { useMessages } from '../../lib/i18n/i18n';
import { ForcedPasswordPage } from './forced-password-page';
import { FullScreen } from './full-screen';
import { authMessages } from './messages';
import { authQueries } from './queries';
import { loginUrl } from './safe-next';

export function OperatorProvider({ children }: { children: ReactNode }) {
  const m = useMessages(authMessages);
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useQuery(authQueries.session());
  const here = `${location.pathname}${location.search}${location.hash}`;
  const hereRef = useRef(here);
  useEffect(() => {
    hereRef.current = here;
  }, [here]);

  useEffect(
    () =>
      onUnauthenticated(() => {
        void navigate(loginUrl(hereRef.current), { replace: true, state: { expired: true } });
        queryClient.removeQueries({ queryKey: authQueries.session().queryKey });
      }),
    [navigate, queryClient],
  );

  if (session.isPending)
    return (
      <FullScreen>
        <LoadingState label={m.loadingOperator} />
      </FullScreen>
    );
  if (session.isError) {
    if (session.error instanceof ProxyRequestError && session.error.status === 401)
      return <Navigate to={loginUrl(here)} replace />;
    return (
      <FullScreen>
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </FullScreen>
    );
  }
  if (session.data.operator.mustChangePassword) return <ForcedPasswordPage />;
  return <OperatorContext.Provider value={session.data.operator}>{children}</OperatorContext.Provider>;
}
