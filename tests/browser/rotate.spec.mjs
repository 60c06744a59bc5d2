// Turning the tablet: a screen laid out in landscape (1024×768) and then turned to portrait
// (768×1024) is as wide as the portrait page, with nothing to scroll sideways. Sections that skip
// painting while off screen (content-visibility) remember their landscape size, and once widened the
// page of Det praktiske and the job-start checklist.
import { createCase, nextFrames } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

const title =
  'turned from landscape to portrait, every screen is as wide as the page: nothing scrolls sideways';
const TOOLS = [
  'motivation',
  'readiness',
  'role-mapping',
  'hiring-topics',
  'role-star',
  'practicalities',
  'job-start',
];

/** What sticks out to the right of the page (for the message), or an empty list. */
function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('#main *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .slice(0, 3)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} ${Math.round(element.getBoundingClientRect().width)} px`,
      );
  });
}

test(title, async ({ t }) => {
  const page = await t.newPage({ viewport: { width: 1024, height: 768 } });
  const caseId = await createCase(t, page);
  for (const path of ['/', `/cases/${caseId}`, ...TOOLS.map((tool) => `/cases/${caseId}/${tool}`)]) {
    await page.setViewportSize({ width: 1024, height: 768 });
    await t.open(page, path);
    await page.locator('#main h1').first().waitFor();
    // Loaded: no "Henter …" line left (the tool's own screen, its data).
    await expect(page.locator('#main')).not.toContainText('Henter …');
    await nextFrames(page);
    await page.setViewportSize({ width: 768, height: 1024 });
    await nextFrames(page);
    expect(await overflow(page), `${path} after turning to portrait`).toEqual([]);
  }
});
