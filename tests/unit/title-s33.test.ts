// The chosen title's last cleaning (titlefit, thirty-third session): title-sanitize.ts's rows, each run on its
// examples and counted for two sites; lines the rows must leave alone; the development cases they fix, through the
// whole pipeline with the rule's id in the cleaning log; and the titlefit sample's half A. Expected values written by
// hand from the pages (tests/fixtures/titles-s33/README.md and the evaluation cases named).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile, metadataStages, structureStages } from '../../scripts/ingest/pipeline.ts';
import { SANITIZE_RULES, sanitizeTitle } from '../../scripts/ingest/structure/title-sanitize.ts';
import { expectSampleTitle, titleSample } from './title-sample.ts';
import { caseDir } from './eval-case.ts';

const { dir, labels } = titleSample('titles-s33');

describe('title-sanitize: every row on its examples', () => {
  for (const rule of SANITIZE_RULES) {
    it(`${rule.id}: examples from two sites or more`, () => {
      expect(new Set(rule.examples.map((e) => e.seen.split(' ')[0])).size).toBeGreaterThanOrEqual(2);
    });
    it.each(rule.examples.map((e) => [e.seen, e.line, e.title] as const))(`${rule.id} on %s`, (_seen, line, title) => {
      expect(rule.apply(line)?.title).toBe(title);
      const clean = sanitizeTitle(line);
      expect(clean.title).toBe(title);
      // The rule's id stands in the cut's reason, which the structure stage logs.
      expect(clean.cut.some((c) => c.reason.startsWith(`title-sanitize ${rule.id}:`))).toBe(true);
    });
  }
});

describe('title-sanitize leaves titles alone', () => {
  it.each([
    // A run of underscores is a blank to fill, not a separator (unseen6 zuancaijixie).
    '202____年市委办公室第一党支部主题党日活动上讲话——铁心守忠诚，铁肩担忠诚，铁拳写忠诚',
    // A long part after the underscore is no column's name (holdout h2-mirror-cac: the whole office's name).
    '从信息社会迈向智能社会_中央网络安全和信息化委员会办公室',
    // A genre word after it names a document.
    '关于做好春季森林防火工作的_通知',
    // A headline that repeats a phrase is not printed twice.
    '奋斗新时代 建功新时代',
    '在全县教育工作会议上的讲话',
    // 标题 as a word of the headline, no field label.
    '标题党现象背后的传播伦理',
    // The lead-in's words inside a headline.
    '下面是我县的工作安排',
  ])('%s', (title) => {
    expect(sanitizeTitle(title)).toEqual({ title, cut: [] });
  });
});


describe('the whole pipeline on the development cases the rows fix', () => {
  it.each([
    ['unseen26/a26-lknet', '换届不换绿化任务 绿化造林代代相传——楚雄州新老州长在州长样板林交接仪式上的讲话摘录', 'catalogue-label'],
    ['unseen22/a22-92read', '创建全国文明城市动员大会上的讲话稿例文', 'lead-in-opening'],
    ['unseen24/d24-yantongly', '深圳市七届人大一次会议记者会', 'headline-twice'],
    ['unseen28/e28-wenku365', '在全县防旱暨春耕生产会议上的讲话', 'headline-twice'],
  ])('%s', (path, title, id) => {
    const at = caseDir(path);
    const raw = readdirSync(at).find((n) => n.startsWith('raw.'))!;
    const file = createFile({ path: raw, bytes: readFileSync(new URL(raw, at)) });
    for (const stage of [...cleaningStages, ...structureStages, ...metadataStages]) stage(file);
    expect(file.data.meta.titleSource).toBe('found');
    expect(file.data.meta.title).toBe(title);
    expect(file.data.removed.some((r) => r.reason.startsWith(`title-sanitize ${id}:`))).toBe(true);
  }, 60_000);
});

describe('the titlefit sample, half A, through the whole pipeline', () => {
  const pages = labels.filter((l) => l.half === 'A');
  it.each(pages.map((l) => [l.file, l.title] as const))('%s → %s', (file, title) => expectSampleTitle(dir, file, title), 60_000);
});
