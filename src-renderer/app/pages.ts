// The handler workspace's navigation, in the order a handler works through it.
export const PAGES = [
  { key: 'records', label: '记录列表' },
  { key: 'editor', label: '填写记录表' },
  { key: 'audit', label: '操作日志' },
  { key: 'settings', label: '设置' },
  { key: 'about', label: '关于' },
] as const;

export type PageKey = (typeof PAGES)[number]['key'];

// Where the workspace is: a page, and for the editor the record open in it.
export type Place = { page: Exclude<PageKey, 'editor'> } | { page: 'editor'; recordId: string };
