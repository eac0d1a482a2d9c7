import { useEffect } from 'react';

const SERVICE = 'Workforce Insight';

/** Sets the browser tab's title, service name last (GOV.UK pattern). */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} – ${SERVICE}` : SERVICE;
  }, [title]);
}
