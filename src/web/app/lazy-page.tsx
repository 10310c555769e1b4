/**
 * Route-level code splitting: `page(() => import('…'), 'ExportName')` is a component that loads its
 * module on first render and shows the loading state meanwhile. A failed load (for example a chunk
 * gone after a redeploy) throws to the route's error boundary, which offers a reload.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import { LoadingState } from '../components/page-states';

/** A lazily loaded page component; `name` must be an export of the module that is a component. */
export function page<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): ComponentType {
  const Lazy = lazy<ComponentType>(async () => ({ default: (await load())[name] }));
  function LazyPage() {
    return (
      <Suspense fallback={<LoadingState />}>
        <Lazy />
      </Suspense>
    );
  }
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
}
