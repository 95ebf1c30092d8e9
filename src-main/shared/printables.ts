// What can be printed for a record: the form alone, or the sealed package (per recipient, a cover then the form).
export const PRINTABLES = ['form', 'sealedPackage'] as const;
export type Printable = (typeof PRINTABLES)[number];

export const PRINTABLE_LABELS: Readonly<Record<Printable, string>> = {
  form: '记录表',
  sealedPackage: '封面及记录表（按报送单位）',
};
