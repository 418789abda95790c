import { open } from 'node:fs/promises';

/**
 * Writes an array as `JSON.stringify(items, null, 2)` would, element by element: a data set of
 * thousands of articles is larger than the longest string a JavaScript engine can hold. With
 * `oneLine`, each element is one compact line instead (for the bulkiest file, still valid JSON).
 */
export async function writeJsonArray(file: string, items: readonly unknown[], options: { oneLine?: boolean } = {}): Promise<void> {
  const handle = await open(file, 'w');
  try {
    if (items.length === 0) {
      await handle.write('[]\n');
      return;
    }
    await handle.write('[\n');
    for (let i = 0; i < items.length; i += 1) {
      const element = options.oneLine === true ? JSON.stringify(items[i]) : `  ${JSON.stringify(items[i], null, 2).replace(/\n/g, '\n  ')}`;
      await handle.write(i < items.length - 1 ? `${element},\n` : `${element}\n`);
    }
    await handle.write(']\n');
  } finally {
    await handle.close();
  }
}
