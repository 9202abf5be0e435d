import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DocumentListing } from '../api/types';
import { useSession } from '../session';

/** The caller's visible documents (shared corpus + own uploads) and rejected files. */
export function useDocuments(): { listing: DocumentListing | null; error: unknown; reload: () => void } {
  const { api } = useSession();
  const [listing, setListing] = useState<DocumentListing | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    api.json<DocumentListing>('GET', '/api/v1/documents?limit=500', undefined, controller.signal)
      .then((value) => { setListing(value); setError(null); })
      .catch((caught: unknown) => { if (!controller.signal.aborted) setError(caught); });
    return () => controller.abort();
  }, [version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { listing, error, reload };
}
