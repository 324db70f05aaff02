import { useRouteError } from 'react-router';
import { ErrorNotice } from '../ui/ErrorNotice';

/** Keeps the navigation usable when one page fails. */
export function RouteError() {
  const error = useRouteError();
  return <ErrorNotice error={error instanceof Error ? error : new Error(String(error))} />;
}
