// Photo captions and picture leftovers known by marks that are the same on every
// site that prints them, whatever the page is about: a picture referred to by its
// number or its place in brackets, as newsrooms and school and party pages label
// the photos between their paragraphs ((图1-…), (上图为…)), and a picture's file
// name as the camera or the chat app named it, left where the picture stood
// (WeChat_20241019121700, IMGP9535.JPG). The file names follow the naming rules
// of the devices and apps themselves (DCF, JEITA CP-3461: four characters and
// four digits, DSC_0001, IMG_0001, DSCN0001, DSCF0001, IMGP0001, P1010001;
// Android's camera IMG_20241019_121700; WeChat's 微信图片_20241019121700 and
// mmexport plus the time in milliseconds; QQ's QQ图片20191018161901), not from
// the pages sampled. Rows as data, each with the lines it was seen in; rules.ts
// turns each row into a chrome rule of its own, so its id reaches the cleaning log.
import type { Example } from './rules.ts';

export interface CaptionMark {
  id: string;
  reason: string;
  /** Whose convention the mark is. */
  style: string;
  pattern: RegExp;
  examples: Example[];
  counterexamples?: Example[];
}

/** A picture's number after 图: 图1, 图 2, 图一, 圖3. */
const FIGURE = String.raw`[图圖]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})`;
/** A picture by its place on the page: 上图为, 下图：, 左图, 右图为. */
const PLACED = String.raw`[上下左右][图圖]\s*(?:为|為|[:：])`;

/** One picture file's name: the device's or app's stem, with its extension or without. */
const STEM = String.raw`(?:(?:nEO_IMG_)?(?:IMG|DSC|DSCN|DSCF|IMGP|DJI|MVIMG|PXL|VID|_MG|_DSC)_?\d{4,8}(?:_\d{6,9})?(?:_\d{1,3})?|P\d{7}|微信图片_\d{14}(?:_\d{1,4}){0,3}|WeChat(?:\s?Image)?_\d{14}(?:_\d{1,4}){0,3}|mmexport\d{13}|QQ图片\d{14}|Screenshot_[\d_-]{8,24})`;
const FILE = String.raw`${STEM}(?:\.(?:jpe?g|png|gif|webp|bmp|heic))?`;

export const CAPTION_MARKS: CaptionMark[] = [
  {
    id: 'caption-picture-ref',
    reason: 'a photo caption in brackets, the picture named by its number or place',
    style: 'pictures numbered (图1-, 图一) or placed (上图为) in a bracketed caption, as school, hospital and party news pages label them',
    // Brackets round the whole line, nothing after them: a sentence of the text
    // that refers to a figure (如图1所示) neither opens with the reference nor stands in brackets.
    pattern: new RegExp(String.raw`^[（(]\s*(?:${FIGURE}\s*[-－—–:：、.．]|${PLACED})\s*[^（）()]{2,40}[）)]$`, 'u'),
    examples: [
      { text: '(图1-全体成员认真学习党的二十大重要精神)', seen: 'hslmtzf.com fixture:chrome/captions-s36/A/hslmtzf-s36-report/raw.txt' },
      { text: '(上图为卫生局局长侯建铭主持会议)', seen: 'www.qxxrmyy.cn fixture:chrome/chromecap-s30/A/qxxrmyy-s30-report/raw.txt' },
    ],
    counterexamples: [
      // A unit that wrote the story up, in brackets: the credit rules' (isBracketedUnit), no picture named.
      { text: '(宣传部)', seen: 'www.zhplaw.com eval:b8-zhplaw-university-newyear-message-speech' },
    ],
  },
  {
    id: 'caption-file-stem',
    reason: "a picture's file name as the camera or the app named it",
    style: 'camera file names (DCF: DSC_0001, IMGP9535), Android camera and screenshot names, WeChat and QQ saved-picture names',
    pattern: new RegExp(String.raw`^${FILE}(?:\s+${FILE})*$`, 'iu'),
    examples: [
      { text: 'WeChat_20241019121700', seen: 'sdsxzxyy.cn fixture:chrome/captions-s36/A/sdsxzxyy-s36-report/raw.txt' },
      { text: 'IMGP9535.JPG IMGP9537.JPG IMGP9542.JPG', seen: 'keigo1209.pixnet.net fixture:chrome/pages/pixnet-keigo-school-files.txt' },
      { text: 'nEO_IMG_IMGP9599.jpg nEO_IMG_IMGP9601.jpg nEO_IMG_IMGP9602.jpg', seen: 'keigo1209.pixnet.net fixture:chrome/pages/pixnet-keigo-school-files.txt' },
    ],
    counterexamples: [
      { text: '0530-4691777', seen: 'sdsxzxyy.cn fixture:chrome/captions-s36/A/sdsxzxyy-s36-report/raw.txt' },
    ],
  },
];

/** The row whose mark the line carries, if any. */
export function captionMark(line: string): CaptionMark | undefined {
  const text = line.trim();
  return CAPTION_MARKS.find((mark) => mark.pattern.test(text));
}
