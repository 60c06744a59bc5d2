export const title = 'create a case, go offline, reload: the case is there and the app works';

export default async function (t) {
  const page = await t.newPage();
  await t.open(page, '/');
  await t.waitForServiceWorker(page);
  await page.getByRole('button', { name: /Nyt forløb/ }).click();
  await page.getByLabel('Organisation').fill('Bostedet Åbrinken');
  await page.getByLabel('Leder').fill('Søren Ørsted');
  await t.waitForSaved(page);

  await page.context().setOffline(true);
  await page.reload();
  await page.getByLabel('Organisation').waitFor();
  t.assert.equal(await page.getByLabel('Organisation').inputValue(), 'Bostedet Åbrinken');
  await t.open(page, '/');
  await page.getByRole('link', { name: /Bostedet Åbrinken/ }).waitFor();
  await page.context().setOffline(false);
}
