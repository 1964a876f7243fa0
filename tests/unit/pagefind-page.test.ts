import { describe, expect, it } from 'vitest';
import { pageKeepsValues, recordPage } from '../../src/lib/pagefind/records.ts';

describe('recordPage', () => {
  it('puts the text in the body element itself, and meta and filters in empty spans, escaped', () => {
    const page = recordPage({
      content: '关于A&B的<讲话>\n同志们：',
      language: 'zh-cn',
      meta: { title: '关于A&B的"讲话"', date: '', place: '广东省 广州市' },
      filters: { year: ['2013'], type: ['讲话', '通知'] },
    });
    expect(page).toBe(
      '<!DOCTYPE html><html lang="zh-cn"><head><meta charset="utf-8"></head><body><main data-pagefind-body>关于A&amp;B的&lt;讲话&gt;\n同志们：' +
        '<span data-pagefind-meta="title:关于A&amp;B的&quot;讲话&quot;"></span><span data-pagefind-meta="date:"></span><span data-pagefind-meta="place:广东省 广州市"></span>' +
        '<span data-pagefind-filter="year:2013"></span><span data-pagefind-filter="type:讲话"></span><span data-pagefind-filter="type:通知"></span></main></body></html>',
    );
  });

  it('keeps colons and commas of a value (Pagefind reads key:value up to the first colon)', () => {
    expect(recordPage({ content: 'x', language: 'zh-cn', meta: { title: '答记者问：一、二,三' }, filters: {} })).toContain('<span data-pagefind-meta="title:答记者问：一、二,三"></span>');
  });
});

describe('pageKeepsValues', () => {
  const record = (title: string, province = '广东省') => ({ meta: { title, date: '' }, filters: { province: [province] } });
  it('is true when no meta or filter value would be trimmed or have its white space joined', () => {
    expect(pageKeepsValues(record('在全区 主题教育 动员部署会上的讲话'))).toBe(true);
    expect(pageKeepsValues(record(''))).toBe(true);
  });
  it('is false for a value with white space at an end, a run of it, or a line break', () => {
    expect(pageKeepsValues(record(' 讲话'))).toBe(false);
    expect(pageKeepsValues(record('讲话　'))).toBe(false);
    expect(pageKeepsValues(record('讲话  全文'))).toBe(false);
    expect(pageKeepsValues(record('讲话\n全文'))).toBe(false);
    expect(pageKeepsValues(record('讲话', '广东省 '))).toBe(false);
  });
});
