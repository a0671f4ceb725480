import { useEffect } from 'react';

export function useDocumentTitle(...parts: (string | null | undefined)[]) {
  const title = [...parts.filter(Boolean), 'Chancery'].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
