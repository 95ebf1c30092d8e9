import { ZxcvbnFactory, type MatchExtended } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { UserError } from './errors.ts';

// A policy a person reads, not a cryptographic parameter. The same functions drive the setup screen's verdict and
// the core's refusal, so the screen can never accept what the vault then rejects.
export const PASSPHRASE_MIN_CHARS = 12;
export const PASSPHRASE_MAX_CHARS = 1024;

// zxcvbn's scale: 3 is "safely unguessable" against an offline attack slowed by a key-derivation function.
const MIN_ZXCVBN_SCORE = 3;
// A passphrase written mostly in 汉字 is judged by its own rule: zxcvbn knows no Han text and rates any of it
// strong.
export const HAN_PASSPHRASE_MIN_CHARS = 8;
const HAN_MIN_DISTINCT_CHARS = 4;
const HAN_STRONG_CHARS = 12;

export const PASSPHRASE_POLICY_TEXT = `请用一句只有您自己知道、别人猜不到的话作口令：至少 ${HAN_PASSPHRASE_MIN_CHARS} 个汉字（例如一件只有您记得的小事），或至少 ${PASSPHRASE_MIN_CHARS} 个字符、由几个互不相关的词组成。不要用常见口令、名言诗句、姓名拼音、生日或年份。`;

// Common Chinese passwords and the pinyin people build them from; zxcvbn's own lists are English.
const CHINESE_COMMON_PASSWORDS = [
  'woaini', 'woaini1314', 'iloveyou', '5201314', '1314520', '520520', '888888', '666666', '168168', '147258369',
  'qwe123', 'aa123456', 'a123456', 'abc123456', 'zhongguo', 'beijing', 'shanghai', 'aini1314', 'laogong', 'laopo',
  'baobao', 'mima', 'mima123', 'nihao', 'wodemima', 'admin123', 'liuhen',
];
// The commonest surnames, and 年份 are caught by zxcvbn's date and recent-year patterns.
const SURNAME_PINYIN = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo',
  'he', 'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng',
  'xiao', 'tian', 'dong', 'yuan', 'pan', 'yu', 'jiang', 'cai', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren',
  'shen', 'yao', 'jin', 'fu', 'zhong', 'cui', 'tan', 'liao', 'fan', 'lei', 'qian', 'kong', 'bai', 'mao',
];
// Phrases everyone knows, and the examples this app itself has printed: in a Han passphrase they count for nothing.
const COMMON_HAN_PHRASES = [
  '我家门前有两棵枣树', '一株是枣树还有一株也是枣树', '我爱你中国', '我爱北京天安门', '好好学习天天向上', '为人民服务',
  '中华人民共和国', '床前明月光', '疑是地上霜', '举头望明月', '低头思故乡', '白日依山尽', '黄河入海流', '欲穷千里目',
  '更上一层楼', '锄禾日当午', '汗滴禾下土', '谁知盘中餐', '粒粒皆辛苦', '春眠不觉晓', '处处闻啼鸟', '一二三四五六七八九十',
  '祝你生日快乐', '恭喜发财', '万事如意', '身体健康', '心想事成', '我爱你', '我的密码', '我的口令', '正确的口令',
];

const HAN = /\p{Script=Han}/u;
const SPACE = /\s/u;

let estimator: ZxcvbnFactory | undefined;
// Built on first use: the dictionaries are large and most screens never ask.
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, chineseCommon: CHINESE_COMMON_PASSWORDS, surnamePinyin: SURNAME_PINYIN },
    graphs: adjacencyGraphs,
  });
  return estimator;
}

export type PassphraseVerdict = { acceptable: boolean; score: 0 | 1 | 2 | 3 | 4; problems: string[] };

function isHanPassphrase(chars: string[]): boolean {
  const meaningful = chars.filter((char) => !SPACE.test(char));
  const han = meaningful.filter((char) => HAN.test(char)).length;
  return han > 0 && han * 2 >= meaningful.length;
}

// A name in pinyin (a surname and up to two more syllables) with digits or symbols around it — zhangsan2026,
// wangfang19850312 — which zxcvbn, knowing no pinyin, rates safe.
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|ve|er|a|o|e|i|u|v)';
const SURNAMES_LONGEST_FIRST = [...SURNAME_PINYIN].sort((a, b) => b.length - a.length).join('|');
const PINYIN_NAME = new RegExp(`^(?:${SURNAMES_LONGEST_FIRST})(?:${PINYIN_SYLLABLE}){0,2}$`);
function isPinyinNameWithNumbers(passphrase: string): boolean {
  const letters = passphrase.toLowerCase().replace(/[^a-z]/g, '');
  return letters.length > 0 && /\d/.test(passphrase) && PINYIN_NAME.test(letters);
}

// 汉字 passphrases: enough characters once every well-known phrase is taken out, and not one character over and over.
function hanVerdict(chars: string[]): PassphraseVerdict {
  const han = chars.filter((char) => HAN.test(char)).join('');
  const unknown = COMMON_HAN_PHRASES.reduce((rest, phrase) => rest.split(phrase).join(''), han);
  const problems: string[] = [];
  if ([...han].length < HAN_PASSPHRASE_MIN_CHARS) problems.push(`至少 ${HAN_PASSPHRASE_MIN_CHARS} 个汉字（现为 ${[...han].length} 个）`);
  else if ([...unknown].length < HAN_PASSPHRASE_MIN_CHARS) problems.push('常见口令（常用语、名言诗句或本程序的示例）');
  else if (new Set(unknown).size < HAN_MIN_DISTINCT_CHARS) problems.push('不能只是少数几个字的重复');
  if (problems.length > 0) return { acceptable: false, score: [...han].length >= HAN_PASSPHRASE_MIN_CHARS / 2 ? 1 : 0, problems };
  return { acceptable: true, score: [...unknown].length >= HAN_STRONG_CHARS ? 4 : 3, problems: [] };
}

// Why zxcvbn found it guessable, in the words a person can act on.
function reasonOf(match: MatchExtended): string | undefined {
  switch (match.pattern) {
    case 'dictionary':
      return match.dictionaryName === 'surnamePinyin' || match.dictionaryName === 'userInputs' ? '包含姓名拼音或年份' : '常见口令';
    case 'date':
      return '包含姓名拼音或年份';
    case 'regex':
      return match.regexName === 'recentYear' ? '包含姓名拼音或年份' : undefined;
    case 'spatial':
      return '包含键盘上相邻的按键';
    case 'repeat':
    case 'sequence':
      return '包含重复或连续的字符';
    default:
      return undefined;
  }
}

function latinVerdict(passphrase: string, chars: string[]): PassphraseVerdict {
  const result = zxcvbn().check(passphrase);
  const problems: string[] = [];
  if (chars.length < PASSPHRASE_MIN_CHARS) problems.push(`还差 ${PASSPHRASE_MIN_CHARS - chars.length} 个字符`);
  if (isPinyinNameWithNumbers(passphrase)) problems.push('包含姓名拼音或年份');
  else if (result.score < MIN_ZXCVBN_SCORE) {
    const reasons = result.sequence.map(reasonOf).filter((reason): reason is string => reason !== undefined);
    problems.push(...(reasons.length > 0 ? reasons : ['容易被猜中，请再加几个互不相关的词']));
  }
  const unique = [...new Set(problems)];
  return { acceptable: unique.length === 0, score: unique.length === 0 ? result.score : (Math.min(result.score, MIN_ZXCVBN_SCORE - 1) as 0 | 1 | 2), problems: unique };
}

export function judgePassphrase(passphrase: string): PassphraseVerdict {
  const chars = [...passphrase.normalize('NFC')];
  if (chars.length > PASSPHRASE_MAX_CHARS) return { acceptable: false, score: 0, problems: [`不能超过 ${PASSPHRASE_MAX_CHARS} 个字符`] };
  return isHanPassphrase(chars) ? hanVerdict(chars) : latinVerdict(passphrase.normalize('NFC'), chars);
}

export function passphraseProblems(passphrase: string): string[] {
  return judgePassphrase(passphrase).problems;
}

export function checkPassphrase(passphrase: string): void {
  const problems = passphraseProblems(passphrase);
  if (problems.length > 0) throw new UserError('WEAK_PASSPHRASE', `口令不符合要求：${problems.join('；')}。`);
}
