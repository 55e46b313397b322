// Reading a module's free text (its `freeText` hook, from ctx.freeTextSources) page by page, as the insight
// analysis does, checking each page keeps to the limit and that paging ends.
import assert from 'node:assert/strict';
import type { FreeTextItem, FreeTextSource } from '../../src/platform/module.ts';

export async function readAllPages(source: FreeTextSource, pageSize: number): Promise<FreeTextItem[][]> {
  const pages: FreeTextItem[][] = [];
  let afterId: string | undefined;
  for (;;) {
    const page = await source.items(afterId, pageSize);
    if (!page.length) return pages;
    assert.ok(page.length <= pageSize, 'no more than the limit');
    pages.push(page);
    afterId = page.at(-1)!.id;
    assert.ok(pages.length < 100, 'paging ends');
  }
}
