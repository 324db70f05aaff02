import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type Request } from '@playwright/test';

/**
 * `page` comes from a fresh browser context (axe needs one), so every test starts with an empty
 * IndexedDB — the first-start setup screen.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ browser, baseURL }, use) => {
    // Reduced motion: axe must not judge colours half-way through a transition.
    const context = await browser.newContext({
      baseURL,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
});

export { expect };

/** Fails with the list of violations, so the report says what to fix. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'axe-core findings').toEqual([]);
}

/** Collects every request the page makes, to prove nothing leaves 127.0.0.1. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

export function foreignRequests(requests: readonly Request[]): string[] {
  return requests
    .map((r) => r.url())
    .filter((url) => {
      const { protocol, hostname } = new URL(url);
      return !(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1');
    });
}
