// A leader's message whose speaker is printed only as a signature of the body
// and the name, or in a title of the body, the name, the post and the genre word
// (seventeenth session, speechsig). Lines copied from the pages named; expected
// values written by hand.
import { describe, expect, it } from 'vitest';
import { organNameLine, signatureLine } from '../../scripts/ingest/people/name-line.ts';
import { genreTitleSpeaker } from '../../scripts/ingest/people/title-speaker.ts';
import { speakersFile } from './speakers-file.ts';
import type { DocumentType } from '../../scripts/ingest/types.ts';

describe('a signature of the body and the name', { timeout: 60_000 }, () => {
  it.each([
    // nmemc.org.cn (b8-nmemc): the greeting's last line, the name spaced.
    ['国家海洋局 王 宏', { name: '王宏', role: '国家海洋局' }],
    // changdu.gov.cn (speechsig-s17 sample 01): under the new-year message's title.
    ['昌都市人民政府       陈      军', { name: '陈军', role: '昌都市人民政府' }],
    ['中共昌都市委员会     普布顿珠', { name: '普布顿珠', role: '中共昌都市委员会' }],
  ])('%s', (line, expected) => {
    expect(organNameLine(line)).toEqual(expected);
    expect(signatureLine(line)).toEqual(expected);
  });

  it.each(['国家海洋局 办公室', '市委宣传部 关于', '国家海洋局王宏', '各位 朋友 们', '市政府 2017年1月26日'])('%s is no such signature', (line) => {
    expect(organNameLine(line)).toBeUndefined();
  });
});

describe('a title of the body, the name, the post and the genre word', { timeout: 60_000 }, () => {
  it('岫岩法院马国财院长2021年春节寄语 (asxy.lncourt.gov.cn, a13-lncourt)', () => {
    expect(genreTitleSpeaker('岫岩法院马国财院长2021年春节寄语')?.name).toBe('马国财');
  });
  it('寄语 and 献词 are genre words with a name before them', () => {
    expect(genreTitleSpeaker('市委书记张伟新年献词')?.name).toBe('张伟');
  });
  it.each(['院长寄语', '2018年新学期校长寄语', '2009年新年寄语', '岫岩法院院长春节寄语'])('%s names nobody', (title) => {
    expect(genreTitleSpeaker(title)).toBeUndefined();
  });
});

describe('speakers: a message signed by the body and the name', { timeout: 60_000 }, () => {
  const run = (text: string, type: DocumentType) => speakersFile(text, type).data.meta.speakers ?? [];
  it('the signature on the last line (nmemc.org.cn, b8-nmemc)', () => {
    const text = '新春问候\n同志们、朋友们，\n大家好！\n新春佳节即将到来，值此辞旧迎新之际，谨代表国家海洋局党组，并以我个人的名义，向辛勤工作的海洋系统广大干部职工致以新春的祝福和诚挚的问候！\n最后，祝大家新春愉快、身体健康、阖家幸福、万事如意！\n国家海洋局 王 宏\n2017年1月26日\n';
    expect(run(text, 'speech').map((s) => s.name)).toEqual(['王宏']);
  });
  it('two signers under the title, one a line, are both speakers (changdu.gov.cn)', () => {
    const text = '新年献词\n中共昌都市委员会     普布顿珠\n昌都市人民政府       陈      军\n风起横断辞旧岁，日出三江展新颜。值此一元复始、万象更新的美好时刻，我们谨代表昌都市委、市政府，向全市各族人民致以新年的祝福和诚挚的问候！\n';
    expect(run(text, 'speech').map((s) => s.name)).toEqual(['普布顿珠', '陈军']);
  });
});

describe('speakers: a message signed jointly under its title', { timeout: 60_000 }, () => {
  const run = (text: string, type: DocumentType) => speakersFile(text, type).data.meta.speakers ?? [];
  it('one signer a line, the post before the name (xzrbw.com style)', () => {
    const text = '新春贺词\n中共某市委书记 朱晓东\n某市人民政府代市长 李建国\n日月开新元，天地又一春。值此虎年新春佳节来临之际，我们谨代表市委、市政府并以个人的名义，向全市人民致以新春的问候和美好的祝福！\n';
    expect(run(text, 'speech').map((s) => s.name)).toEqual(['朱晓东', '李建国']);
  });
  it('one signer under the title is the one speaker', () => {
    const text = '新春贺词\n中共某市委书记 朱晓东\n日月开新元，天地又一春。值此虎年新春佳节来临之际，我谨代表市委向全市人民致以新春的问候和美好的祝福！\n';
    expect(run(text, 'speech').map((s) => s.name)).toEqual(['朱晓东']);
  });
});
