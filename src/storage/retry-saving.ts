/** "Prøv at gemme igen" from the first-load shell: loads the write code (usually loaded already) and saves. */
export async function retrySaving(): Promise<void> {
  const { flushAllWrites } = await import('./writes');
  await flushAllWrites();
}
