/** Random ids for records; crypto.randomUUID exists in every browser Peerstart supports. */
export function newId(): string {
  return crypto.randomUUID();
}
