import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { frequencyRank } from '../../scripts/ingest/lib/char-frequency.ts';
import { findDamage } from '../../scripts/ingest/lib/damage-spans.ts';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { markDamage } from '../../scripts/ingest/stages/damage.ts';

/** A line encoded in `codec` that lost the first byte of the character `at`, decoded again in `codec`. */
function dropLeadByte(line: string, codec: string, at: string): string {
  const bytes = iconv.encode(line, codec);
  const offset = iconv.encode(line.slice(0, line.indexOf(at)), codec).length;
  return iconv.decode(Buffer.concat([bytes.subarray(0, offset), bytes.subarray(offset + 1)]), codec);
}

function marked(text: string) {
  const file = createFile({ path: 'doc.txt', bytes: new TextEncoder().encode(text) });
  file.value = text;
  markDamage(file);
  return { text: String(file.value), warnings: file.messages.filter((m) => m.ruleId === 'damage').map((m) => m.reason) };
}

describe('a double-byte stream one byte out of step', () => {
  it('GBK (a caijing.com.cn report): the run up to the digit that puts the stream back in step is one □', () => {
    const line = '中国人民银行授权全国银行间同业拆借中心公布，2024年5月20日贷款市场报价利率（LPR）为：1年期LPR为3.45%。';
    const { text, warnings } = marked(dropLeadByte(line, 'gbk', '授'));
    expect(text).toBe('中国人民银行□2024年5月20日贷款市场报价利率（LPR）为：1年期LPR为3.45%。');
    expect(warnings).toHaveLength(1);
  });

  it('Big5 (an info.gov.hk release): the run and the trail byte shown as F are one □, 衞 lost with them', () => {
    const line = '包括資訊科技合作、海關合作、衞生防疫等；而在中央的授權及協助下，簽訂了超過90份在司法互助、民航運輸等方面的雙邊協定。';
    const damaged = dropLeadByte(line, 'big5', '衞');
    expect(damaged).toContain('海關合作、壎籵冀拑央F而在中央');
    expect(marked(damaged).text).toBe('包括資訊科技合作、海關合作、□而在中央的授權及協助下，簽訂了超過90份在司法互助、民航運輸等方面的雙邊協定。');
  });

  it('GBK with a full-width comma cut before a Latin name: the run ends in the character holding the S of SK-II', () => {
    const line = '这点让人感到非常奇怪。”裴逸群表示，但是宝洁方面并不知道那位消费者是否是使用SK-II产品而出现皮肤问题。';
    const damaged = dropLeadByte(line, 'gbk', '，');
    const spans = findDamage(damaged);
    expect(spans).toHaveLength(1);
    expect(damaged.slice(0, spans[0]!.start)).toBe('这点让人感到非常奇怪。”裴逸群表示');
    expect(damaged.slice(spans[0]!.end)).toBe('K-II产品而出现皮肤问题。');
  });

  it('a run starts at the cut character, not at the good one before it: 的 stays', () => {
    const line = '他们认为自己有内在的约束。表现在：对“我这个年龄谈恋爱”的说法，68.4％的人表示赞同。';
    const damaged = dropLeadByte(line, 'gbk', '约');
    expect(marked(damaged).text).toMatch(/^他们认为自己有内在的□/u);
  });
});

/** UTF-8 bytes of `phrase` that lost the byte at `at`, read as GBK. */
function utf8LostByteAsGbk(phrase: string, at: number): string {
  const bytes = Buffer.from(phrase, 'utf8');
  return iconv.decode(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]), 'gbk');
}

describe('UTF-8 read as GBK with a byte lost inside', () => {
  it('the pieces either side of the lost byte and what lies between them are one □ (caijing.com.cn, gmw.cn)', () => {
    const lpr = '2024年5月20日贷款市场报价利率（LPR）为：1年期LPR为3.45%，5年期以上LPR为3.95%。';
    expect(marked(`${lpr}${utf8LostByteAsGbk('两报价均与上月持平', 8)}。`).text).toBe(`${lpr}□。`);
    const gmw = '新华社北京5月19日电（刘艺、杨吉）中国科学院专家19日在北京介绍国内';
    expect(marked(`${gmw}${utf8LostByteAsGbk('首次在轨水生生态', 14)}研究项目的进展。`).text).toBe(`${gmw}□研究项目的进展。`);
  });
});

/** A line encoded in `codec` whose first byte of the character `at` a lossy converter wrote as `?`. */
function leadByteAsQuestion(line: string, codec: string, at: string): string {
  const bytes = iconv.encode(line, codec);
  const offset = iconv.encode(line.slice(0, line.indexOf(at)), codec).length;
  return iconv.decode(Buffer.concat([bytes.subarray(0, offset), Buffer.from('?'), bytes.subarray(offset + 1)]), codec);
}

describe('a byte written as ? by a lossy converter', () => {
  it('the ? and the stream out of step after it are one □ (caijing.com.cn, gmw.cn)', () => {
    const lpr = '中国人民银行授权全国银行间同业拆借中心公布，2024年5月20日贷款市场报价利率（LPR）为：1年期LPR为3.45%。';
    expect(marked(leadByteAsQuestion(lpr, 'gbk', '授')).text).toBe('中国人民银行□2024年5月20日贷款市场报价利率（LPR）为：1年期LPR为3.45%。');
    const gmw = '新华社北京5月19日电（刘艺、杨吉）中国科学院专家19日在北京介绍国内首次在轨水生生态研究项目进展情况。';
    expect(marked(leadByteAsQuestion(gmw, 'gbk', '中')).text).toBe('新华社北京5月19日电（刘艺、杨吉）□19日在北京介绍国内首次在轨水生生态研究项目进展情况。');
  });

  it('a ? glued to U+FFFD is part of its run', () => {
    const gmw = '新华社北京5月19日电（刘艺、杨吉）中国科学院专家19日在北京介绍国内首次在轨水生生态研究项目进展情况。';
    expect(marked(leadByteAsQuestion(gmw, 'gbk', '京')).text).toBe('新华社北□5月19日电（刘艺、杨吉）中国科学院专家19日在北京介绍国内首次在轨水生生态研究项目进展情况。');
  });

  it('a torn pinyin gloss and the characters read out of step after it (a mirror of a mee.gov.cn notice) are one □', () => {
    expect(marked('电话:(010)66556306(兼?zhèn)髡妫?').text).toBe('电话:(010)66556306(兼□');
  });

  it('an ASCII mark between U+FFFD and the mojibake after it is the run\'s byte: one □ (91jipiao.com, zibo)', () => {
    expect(marked('淄博市2021年纪念六五环境日暨“全員環\uFFFD!敝ι鷳B賦能宣傳活動在孝婦河濕地公園拉開序幕。').text).toBe('淄博市2021年纪念六五环境日暨“全員環□賦能宣傳活動在孝婦河濕地公園拉開序幕。');
    expect(marked('與現場市民進行互動\uFFFD;顒蝇F場共展出展板').text).toBe('與現場市民進行互動□場共展出展板');
  });

  it('a run its bytes explain holds its full-width ！ too (dingqianjf.com)', () => {
    expect(marked('開啟一場城市與自然交融的生態之旅?！疤貏e鍛煉人!”市民劉女士說。').text).toBe('開啟一場城市與自然交融的生態之旅□鍛煉人!”市民劉女士說。');
  });

  it('a paragraph\'s end whose closing tag a broken character swallowed: the ? and the U+FFFD the markup stage left are marks, the ！ between them kept (specfic.cn, zuancaijixie.com)', () => {
    expect(marked('下面是‘兒’,咱是群眾的貼心兒?！\uFFFD').text).toBe('下面是‘兒’,咱是群眾的貼心兒□！□');
    expect(marked('從五個方面給大家談?wù)勑摹\uFFFD').text).toBe('從五個方面給大家談□');
  });

  it('one full-width ？ is the writer\'s, with or without a question word (archive.tw, people.com.cn, 163.com)', () => {
    for (const line of ['家裡如果有一個很會數學的小孩？我也是同樣的回答', '骑行影响男性生育力？想太多了', '美国阿波罗登月造假被实锤？证据不会说谎']) {
      expect(findDamage(line)).toEqual([]);
    }
    // An ASCII ? in the same place is still a lost character's.
    expect(marked('家裡如果有一個很會數學的小孩?我也是同樣的回答').text).toBe('家裡如果有一個很會數學的小孩□我也是同樣的回答');
  });

  it('a real question followed by ordinary text keeps its ? and its text', () => {
    const line = '如何联系实际，把学习贯彻全会精神与做好第二批主题教育各项工作紧密结合起来?怎样突出问题意识，把建章立制和解决问题统一起来?';
    expect(findDamage(line)).toEqual([]);
  });
});

describe('clean text is not damage', () => {
  it('an accented letter of a Latin word glued to characters (a ltn.com.tw report)', () => {
    const line = '全家便利商店則開出2組特別獎1000萬元，分別於樹林潭興店花35元購買Let\'s café中杯熱美式就幸運中獎。';
    expect(findDamage(line)).toEqual([]);
  });

  it('names, Hong Kong forms and classical text with characters rare in print', () => {
    for (const line of ['朱烜同志、李喆堃同志分别作了发言。', '行政長官曾蔭權今日出席外交部駐港特派員公署成立十周年酒會。', '衞生署與食物環境衞生署聯合公布羣組個案。', '積極為駐地羣眾“送温暖、獻愛心”', '王𬀩同志、李𬭚同志分別作了發言。', '汩余若将不及兮，恐年岁之不吾与。朝搴阰之木兰兮，夕揽洲之宿莽。']) {
      expect(findDamage(line)).toEqual([]);
    }
  });
});

describe('frequencyRank', () => {
  it('ranks by how often real text writes a character; traditional as its simplified form', () => {
    expect(frequencyRank('的')).toBeLessThan(100);
    expect(frequencyRank('們')).toBe(frequencyRank('们'));
    expect(frequencyRank('们')).toBeLessThan(1000);
    expect(frequencyRank('壎')).toBeGreaterThan(3500);
  });
});

/** A line encoded in `codec` whose full stop a lossy converter wrote as `?` and whose character `at` lost the high bit of its lead byte. */
function sevenBitAfterLostStop(line: string, codec: string, at: string): string {
  const bytes = iconv.encode(line.replace(`。${at}`, `?${at}`), codec);
  const offset = iconv.encode(line.slice(0, line.indexOf(`。${at}`) + 1).replace(/。$/u, '?'), codec).length;
  bytes[offset]! &= 0x7f;
  return iconv.decode(bytes, codec);
}

describe('a lead byte shown as ASCII after a lost full stop', () => {
  it('the ?, the ASCII the lead byte became and the trail byte are one □ (jumpstarthappiness.com, a county speech on wugjj.com)', () => {
    const chengdu = sevenBitAfterLostStop('市政府決定建立政府工作落實情況報告制度。現將有關事項通知如下:', 'gbk', '現');
    expect(chengdu).toBe('市政府決定建立政府工作落實情況報告制度?,F將有關事項通知如下:');
    expect(marked(chengdu).text).toBe('市政府決定建立政府工作落實情況報告制度□將有關事項通知如下:');
    const county = sevenBitAfterLostStop('嚴重制約著城市化進程。縣委、縣政府在充分聽取有關領導、專家教授和征求各方意見建議的基礎上,決定啟動實施新區開發建設工程。', 'gbk', '縣');
    expect(county).toContain('進程??h委');
    expect(marked(county).text).toBe('嚴重制約著城市化進程□委、縣政府在充分聽取有關領導、專家教授和征求各方意見建議的基礎上,決定啟動實施新區開發建設工程。');
  });

  it('a real question before a Latin abbreviation keeps its ? (an A-share commentary, a hospital Q&A)', () => {
    for (const line of ['为什么?A股市场持续低迷,投资者信心不足。', '孕妇可以做CT吗?B超检查更为安全。']) expect(marked(line).text).toBe(line);
  });
});

describe('a run read out of step up to the lead byte it left dangling as ?', () => {
  it('a mirror of a 潇湘晨报 interview (knoxvariety.com): ?! is the lost ！” and 弊蛉丈衔? is 昨日上午 a byte later, one □ to its end', () => {
    const line = '“百姓富裕了就是我最大的心愿?!弊蛉丈衔?,全國人大代表、省委書記、省人大常委會主任張春賢和全國人大代表湖南代表團成員一起';
    const spans = findDamage(line);
    // The comma after the dangling byte is the text's own: 0x2C is no trail byte of GBK or Big5.
    expect(spans.map((s) => line.slice(s.start, s.end))).toEqual(['?!弊蛉丈衔?']);
    expect(marked(line).text).toBe('“百姓富裕了就是我最大的心愿□,全國人大代表、省委書記、省人大常委會主任張春賢和全國人大代表湖南代表團成員一起');
  });

  it('the same made with iconv from another sentence: the run ends at the dangling ?, the comma stays', () => {
    const line = dropLeadByte('國家發展改革委員會今天表示！”今年下半年,經濟運行總體平穩', 'gbk', '！').replace(/\uFFFD/g, '?');
    expect(line).toBe('國家發展改革委員會今天表示\u3000苯衲晗掳肽?,經濟運行總體平穩');
    expect(marked(line).text).toBe('國家發展改革委員會今天表示□,經濟運行總體平穩');
  });

  it('a ?, with no run explained before it stays one junk run (szcnled.com, jumpstarthappiness.com)', () => {
    expect(marked('大幅提高?;@區建立規範').text).toBe('大幅提高□區建立規範');
    expect(marked('報告制度?,F將有關事項').text).toBe('報告制度□將有關事項');
  });

  it('GBK that lost a byte near a line end (a hospital notice): no character of the run stays', () => {
    const hospital = dropLeadByte('2013年5月8日下午，医院在行政楼学术报告厅召开第二届职工代表大会。', 'gbk', '表').replace(/\uFFFD/g, '?');
    expect(marked(hospital).text).toBe('2013年5月8日下午，医院在行政楼学术报告厅召开第二届职工代□');
  });
});

describe('GBK read as UTF-8 by a lossy converter: ? for each bad byte, the odd characters between them', () => {
  it('is one □ from the first ? to the last, the text around it kept (a county health plan, a Macao speech)', () => {
    const plan = '本预案适用于本县行政区域内突发公共卫生事件的防范和应急处置。';
    const lossy = (text: string, run: string) => text.replace(run, new TextDecoder().decode(iconv.encode(run, 'gbk')).replace(/\uFFFD/g, '?'));
    expect(marked(lossy(plan, '事件的防')).text).toBe('本预案适用于本县行政区域内突发公共卫生□范和应急处置。');
    const speech = '岑浩辉在与中文传媒晚宴上致辞时说，他就职26日以来，政府各范畴和各部门正有序推进工作。';
    expect(marked(lossy(speech, '辞时说，他')).text).toBe('岑浩辉在与中文传媒晚宴上致□就职26日以来，政府各范畴和各部门正有序推进工作。');
  });

  it('leaves questions with doubled marks and a rare name character alone', () => {
    for (const line of ['真的吗??我不信', '你认识陈喆吗??他是选手。']) expect(marked(line).text).toBe(line);
  });
});

describe('a stream out of step right after a gloss remnant, its characters common ones', () => {
  it('a hospital new-year speech (instylerugs.com): 〉玫拿恳环莩砷L is 得的每一份成長 a byte later, one □ with the remnant', () => {
    const line = dropLeadByte('我們深知，我們?nèi)取得的每一份成長，都包含著全院幹部職工的辛勞', 'gbk', '取');
    expect(line).toBe('我們深知，我們?nèi)〉玫拿恳环莩砷L，都包含著全院幹部職工的辛勞');
    expect(marked(line).text).toBe('我們深知，我們□，都包含著全院幹部職工的辛勞');
  });

  it('text after a remnant that reads as itself stays (one byte later it makes no words)', () => {
    for (const line of ['我們?nèi)要進一步加強學習，不斷提高工作水平', '各單位?yào)J真做好防汛工作，確保人民生命安全']) {
      const spans = findDamage(line);
      expect(spans.map((s) => line.slice(s.start, s.end))).toHaveLength(1);
      expect(line.slice(spans[0]!.end)).toMatch(/^(M?要進一步|真做好)/u);
    }
  });
});
