import axe from 'axe-core';

/** The WCAG 2.2 AA rule set (every level-A and AA rule up to 2.2). */
export const WCAG_22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on a rendered container. Colour contrast needs real layout
 * and is checked by the end-to-end tests in Chromium instead.
 */
export async function axeViolations(container: Element) {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: WCAG_22_AA_TAGS },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.html),
  }));
}
