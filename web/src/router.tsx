/**
 * A small history-API router: enough for deep links and back/forward without a dependency.
 * Links are real <a href> elements, so they work with the keyboard, middle-click and reload.
 * The location (path, query and hash) is read from window.location and re-read on popstate and
 * hashchange, so an in-page anchor (<a href="#L12">) and a pushState both reach the pages.
 */
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react';

export type Location = { pathname: string; search: string; hash: string };

function current(): Location {
  const { pathname, search, hash } = window.location;
  return { pathname, search, hash };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const before = current();
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  const after = current();
  // A new page starts at the top; a link to an anchor is scrolled to by the page that owns it.
  if (!after.hash && (after.pathname !== before.pathname || after.search !== before.search)) window.scrollTo(0, 0);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () =>
      setLocation((old) => {
        const next = current();
        return old.pathname === next.pathname && old.search === next.search && old.hash === next.hash ? old : next;
      });
    window.addEventListener('popstate', update);
    window.addEventListener('hashchange', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('hashchange', update);
    };
  }, []);
  return location;
}

export function usePath(): string {
  return useLocation().pathname;
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0;
    if (event.defaultPrevented || modified || !href.startsWith('/') || href.startsWith('/api')) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
