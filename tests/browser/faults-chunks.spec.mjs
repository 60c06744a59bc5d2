import { caseField, createCase } from './helpers/app.mjs';
import { expect, test } from './helpers/test.mjs';

// The database code is a chunk of its own, fetched after the first paint. A busy tablet or a
// service worker starting up can abort that fetch (seen in a loaded CI run: net::ERR_ABORTED on
// open-db-*.js, fine a second later). The service worker is blocked here so the page's own
// requests reach the route that fails them.
const DATABASE_CODE = /\/assets\/open-db-[^/]+\.js$/;
const LOAD_FAILED = 'Peerstart kunne ikke hente den del, der åbner dine data';

/** A page whose requests for the database code are aborted while `failing()` says so. */
async function pageWithFailingDatabaseCode(t, failing) {
  const page = await t.newPage({ serviceWorkers: 'block' });
  const seen = { requests: 0 };
  await page.route(DATABASE_CODE, (route) => {
    seen.requests++;
    return failing(seen.requests) ? route.abort('aborted') : route.continue();
  });
  return { page, seen };
}

test('the database code aborted once on the way: fetched again, the app opens as usual', async ({ t }) => {
  const { page, seen } = await pageWithFailingDatabaseCode(t, (n) => n === 1);
  await t.open(page, '/');
  await createCase(t, page);
  await caseField(page, 'organisation').fill('Bostedet Lærkebo');
  await t.waitForSaved(page);
  expect(seen.requests, 'the code was asked for again after the abort').toBeGreaterThanOrEqual(2);
  await expect(
    page.getByText(LOAD_FAILED),
    'no error shown for a fetch that came the second time',
  ).toHaveCount(0);
  await t.open(page, '/');
  await page.getByRole('link', { name: 'Bostedet Lærkebo' }).waitFor();
});

test('the database code cannot be fetched at all: a clear message, and "Prøv igen" opens the app once it can', async ({
  t,
}) => {
  let blocked = true;
  const { page, seen } = await pageWithFailingDatabaseCode(t, () => blocked);
  await t.open(page, '/');
  const alert = page.getByRole('alert').filter({ hasText: LOAD_FAILED });
  await alert.waitFor();
  expect(seen.requests, 'the app tried more than once before it said so').toBeGreaterThanOrEqual(3);
  await t.axe(page, 'the database code could not be fetched');
  await t.screenshotTablet(page, 'faults-chunks-load-failed');

  blocked = false;
  await alert.getByRole('button', { name: 'Prøv igen' }).click();
  await expect(alert).toHaveCount(0);
  await createCase(t, page);
  await caseField(page, 'organisation').fill('Café Pusterummet');
  await t.waitForSaved(page);
});

test("the app's own first script aborted: the page says so in both languages, and its link starts the app with everything saved", async ({
  t,
}) => {
  const page = await t.newPage({ serviceWorkers: 'block' });
  await createCase(t, page);
  await caseField(page, 'organisation').fill('Recovery-skolen Aarhus');
  await t.waitForSaved(page);

  let aborts = 1;
  await page.route(/\/assets\/start-[^/]+\.js$/, (route) =>
    aborts-- > 0 ? route.abort('aborted') : route.continue(),
  );
  await page.goto(new URL('/', t.baseUrl).href);
  const notice = page.locator('.start-failed');
  await expect(notice.getByText('Peerstart er ikke startet.')).toBeVisible();
  await expect(notice.getByText('Peerstart did not start.')).toBeVisible();
  await t.axe(page, 'the notice for an app that did not start');
  await t.screenshotTablet(page, 'faults-chunks-start-failed');
  const box = await notice.getByRole('link').boundingBox();
  expect(box.width >= 44 && box.height >= 44, `the link is a 44 px target (${JSON.stringify(box)})`).toBe(
    true,
  );

  await notice.getByRole('link', { name: /Genindlæs siden/ }).click();
  await page.getByRole('link', { name: 'Recovery-skolen Aarhus' }).waitFor();
  await expect(notice, 'the notice is gone once the app runs').toHaveCount(0);
});
