export async function seedDemo(_c: unknown) {
  throw new Error('not yet');
}
