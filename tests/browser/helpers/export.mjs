// Making a PDF as a user does (issue 18): "Lav PDF …" opens the choice of who it is for; the first
// choice ("Til jer to") is taken as it stands, unless `shareAll`, which ticks every one of the peer
// worker's own parts and says yes to each by name, as the peer worker would.
import { expect } from '@playwright/test';

const TEXTS = {
  da: { make: 'Lav PDF’en', yes: /^Ja, jeg er / },
  en: { make: 'Make the PDF', yes: /^Yes, I am / },
};

export async function makePdf(page, buttonName, { shareAll = false, lang = 'da' } = {}) {
  const texts = TEXTS[lang];
  await page.getByRole('button', { name: buttonName }).click();
  const make = page.getByRole('button', { name: texts.make });
  await make.waitFor({ timeout: 15_000 });
  if (shareAll) {
    const parts = page.locator('.audience-private input[type="checkbox"]');
    for (let i = 0; i < (await parts.count()); i++) {
      await parts.nth(i).click();
      await page.getByRole('button', { name: texts.yes }).click();
      await expect(parts.nth(i)).toBeChecked();
    }
  }
  await make.click();
}
