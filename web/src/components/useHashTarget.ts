import { useEffect } from 'react';

/**
 * When the page's content is ready, open the collapsed sections around the element the URL's
 * hash names, scroll it into view, mark it (.is-target) and move the keyboard focus to it.
 * pushState does not update CSS :target, hence the class.
 */
export function useHashTarget(ready: boolean, hash: string) {
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const el = document.getElementById(id);
    if (!el) return;
    for (let node: HTMLElement | null = el; node; node = node.parentElement) {
      if (node instanceof HTMLDetailsElement) node.open = true;
    }
    for (const old of document.querySelectorAll('.is-target')) old.classList.remove('is-target');
    if (!(el instanceof HTMLElement && el.tagName === 'SECTION')) el.classList.add('is-target');
    el.scrollIntoView({ block: 'start' });
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  }, [ready, hash]);
}
