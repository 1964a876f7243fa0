// Character forms that the Unihan-derived tables (unihan-mainland.json) and
// OpenCC leave, as data: each entry is a character outside mainland China's
// standard lists or a word the mainland writes otherwise, what the mainland
// writes, and where it was seen: "<site> <eval|sample|repo>:<ref>" (an
// evaluation case, a page of the class sample docs/wide-samples/script-s12,
// a text in a public repository found by the code search). Every entry has
// two sites; tests/unit/variant-forms.test.ts checks that each example holds
// its form.

export interface Seen {
  example: string;
  seen: string;
}

export interface VariantForm {
  from: string;
  to: string;
  seen: Seen[];
}

/**
 * Characters outside the 通用规范汉字表 and GB 2312 that stand for one
 * standard character, where Unihan pairs them only through a single
 * dictionary's note (kSemanticVariant with one source, which the build
 * leaves out as too weak in general) or through another variant (砲 → 礮).
 */
export const VARIANT_CHARACTERS: VariantForm[] = [
  {
    from: '砲',
    to: '炮',
    seen: [
      { example: '1人則在台南市永康區砲校門市購買190元民', seen: 'news.ltn.com.tw eval:c5h-ltn-invoice-lottery-winners-report' },
      { example: '總統勗勉陸軍砲兵第58指揮部', seen: '210.59.230.56 sample:a1-mnd-news' },
    ],
  },
  {
    // Taiwan writes 牠 for an animal; the mainland standard writes 它.
    from: '牠',
    to: '它',
    seen: [
      { example: '是你把老鼠關在籠子，不讓牠跟別的老鼠接觸的時候，', seen: 'archive.tw eval:b7-archivetw-audrey-tang-parenting-quick-qa' },
      { example: '原來,牠們都想要的就只是一個家。', seen: 'm.ipetgroup.com sample:a2-ipetgroup' },
      { example: '除了民眾與牠們近距離互動', seen: '242.tw sample:a3-242tw' },
    ],
  },
  {
    // U+965C, a look-alike typed for 陝 (U+965D); Unihan's one note pairs it with 狹.
    from: '陜',
    to: '陕',
    seen: [
      { example: '述和歷次來(lái)陜考察重要講話重要指示', seen: 'gkhcyb eval:txt-gkhcyb-shaanxi-agriculture-chiefs-report' },
      { example: '隋时置郡名，今陜西省扶风、凤翔一带。', seen: 'github repo:find_string 46242942022' },
    ],
  },
];

/**
 * 藉 in a traditional text: the mainland writes 借 for it (藉此 → 借此, 藉由
 * → 借由, 憑藉 → 凭借) except in the words the 通用规范汉字表 keeps it for
 * (慰藉, 蕴藉, 枕藉 read jiè; 狼藉, 藉藉 read jí). OpenCC changes it only in
 * the phrases it lists, which leave 藉這個機會 and 盼藉 as they were.
 */
export const JIE: VariantForm = {
  from: '藉',
  to: '借',
  seen: [
    { example: '謝與歡迎。藉這個機會向各位貴賓、在座農民朋友及全國農漁民朋友拜個晚年,祝', seen: 'coa.gov.tw eval:x1-coa-farmers-day-speech' },
    { example: '光明社區總幹事賴宏榮說,盼藉大旗艦計畫增加不同社區服務能量', seen: 'turnnewsapp.com sample:a6-turnnews' },
  ],
};

/** Words in which 藉 stays (simplified spelling, after the generic conversion). */
export const JIE_KEPT = ['慰藉', '蕴藉', '酝藉', '枕藉', '狼藉', '藉藉'];

/**
 * 著 words that mainland print writes with 著 as well as with 着 (执著 and
 * 执着 are both in jieba's mainland corpus counts): in a simplified text the
 * writer's 著 is mainland usage and stays, although a text without any 着
 * otherwise has its 著 read the Taiwan way.
 */
export const ZHU_SPELLING_WORDS = ['执著'];

export const ZHU_SPELLING: Seen[] = [
  { example: '医院每一项荣誉的获得,都折射出米医人的执著和追求。', seen: 'myxrmyy eval:a8-myxrmyy-miyi-hospital-president-speech' },
  { example: '作者以其对中医经典的执著和热爱', seen: 'github repo:find_string 36644673007' },
  { example: '青春是用永恒的执著和顽强的韧劲筑起的一道铜墙铁壁', seen: 'github repo:find_string 3578463018' },
];
