import { describe, expect, it } from 'vitest';
import { UserError } from '../../src-main/shared/errors.ts';
import { checkPassphrase, judgePassphrase, PASSPHRASE_POLICY_TEXT } from '../../src-main/shared/passphrase-policy.ts';
import { ROTATION_PASSPHRASES, TEST_PASSPHRASE } from '../support/test-vault.ts';

// The example the app itself printed in its policy text until now: published, so the first thing tried.
const THE_APPS_OWN_EXAMPLE = '我家门前有两棵枣树2026';

function refusal(passphrase: string): string {
  try {
    checkPassphrase(passphrase);
  } catch (error) {
    if (error instanceof UserError && error.code === 'WEAK_PASSPHRASE') return error.message;
    throw error;
  }
  return '';
}

describe('the passphrase policy', () => {
  it('refuses a common password, naming why', () => {
    expect(judgePassphrase('password1234')).toMatchObject({ acceptable: false, problems: ['常见口令'] });
    expect(refusal('woaini5201314')).toBe('口令不符合要求：常见口令。');
  });

  it('refuses a name in pinyin with a year or birthday, naming why', () => {
    for (const passphrase of ['zhangsan2026', 'wangfang19850312', 'Zhang.San@2026']) {
      expect(judgePassphrase(passphrase)).toMatchObject({ acceptable: false, problems: ['包含姓名拼音或年份'] });
    }
  });

  it('refuses the app’s own example, and no longer prints it', () => {
    expect(judgePassphrase(THE_APPS_OWN_EXAMPLE)).toMatchObject({ acceptable: false, problems: ['常见口令（常用语、名言诗句或本程序的示例）'] });
    expect(PASSPHRASE_POLICY_TEXT).not.toContain('枣树');
  });

  it('accepts the kinds of passphrase the setup suggests: a private sentence in 汉字, or unrelated words', () => {
    for (const passphrase of ['外婆家院里的石榴树结了九个果', '铁皮水壶 cloud 钢琴 47 sparrow', 'correct horse battery staple', TEST_PASSPHRASE, ...ROTATION_PASSPHRASES]) {
      expect(judgePassphrase(passphrase), passphrase).toMatchObject({ acceptable: true, problems: [] });
      expect(() => checkPassphrase(passphrase)).not.toThrow();
    }
  });

  it('judges a 汉字 passphrase by its own rule: at least 8 汉字, no common phrase, no one character repeated', () => {
    expect(judgePassphrase('今天天气很好啊').problems).toEqual(['至少 8 个汉字（现为 7 个）']);
    expect(judgePassphrase('床前明月光疑是地上霜').problems).toEqual(['常见口令（常用语、名言诗句或本程序的示例）']);
    expect(judgePassphrase('好好学习天天向上 2027').problems).toEqual(['常见口令（常用语、名言诗句或本程序的示例）']);
    expect(judgePassphrase('哈哈哈哈哈哈哈哈哈哈').problems).toEqual(['不能只是少数几个字的重复']);
    expect(judgePassphrase('小区东门修车的老师傅姓顾').acceptable).toBe(true);
  });

  it('refuses what is too short or too long', () => {
    expect(judgePassphrase('Xq7!pLm2').problems).toContain('还差 4 个字符');
    expect(judgePassphrase('字'.repeat(1025)).problems).toEqual(['不能超过 1024 个字符']);
  });
});
