// A photographer's credit glued unbracketed after the last sentence (credits.ts
// GLUED_PHOTO_CREDIT). Lines from real pages, the site named beside each; what
// goes and what stays read off them by hand.
import { describe, expect, it } from 'vitest';
import { trailingCredit } from '../../scripts/ingest/stages/chrome/credits.ts';

describe('a photo credit glued after the last sentence', () => {
  it('goes with the editor credit after it (comfortworkshvacr.com, eval unseen8 b8-comfortworkshvacr)', () => {
    expect(trailingCredit('全部喂牛。图为田间清理、加工秸秆。金俊贤 摄（责任编辑：李冬梅）')).toEqual({ line: '全部喂牛。图为田间清理、加工秸秆。', credit: '金俊贤 摄（责任编辑：李冬梅）' });
  });

  it('goes with the jump note before it, after a half-width ! (bjmtgnews.com, wide sample headlines-s18 01)', () => {
    expect(trailingCredit('为完成全年各项目标任务、胜利实现“十二五”规划宏伟蓝图而努力奋斗! (下转第3版)金谊平摄')).toEqual({
      line: '为完成全年各项目标任务、胜利实现“十二五”规划宏伟蓝图而努力奋斗!',
      credit: '(下转第3版)金谊平摄',
    });
  });

  it('stays when 摄 ends a word of the sentence, or no sentence closes before it', () => {
    expect(trailingCredit('工作人员正在现场组织拍摄')).toBeUndefined();
    expect(trailingCredit('活动结束后，大家合影留念。随后进行拍摄')).toBeUndefined();
  });

  it('leaves a bracketed photographer credit, which the report prints (README)', () => {
    expect(trailingCredit('满足人民群众对物质文化生活的需求。(特约通讯员:高军 摄影)')).toBeUndefined();
  });
});

describe('a half-width close before a glued credit', () => {
  it("keeps a bracketed editor's credit after a half-width ! where no photographer's credit was cut (rfa.org, eval unseen7 a7-rfa)", () => {
    expect(trailingCredit('新一年是羊年,我们祝各位市民身体健康,喜气洋洋,家庭和睦,一团和气!(责编:胡汉强)')).toBeUndefined();
  });
});
