import { Tag, type TagProps } from 'antd';

// antd writes a coloured tag's text in the 7th shade of its colour on the 1st, which for green, orange and gold
// falls below 4.5:1; the 8th shade reads at AA for every colour the app uses.
const TEXT_COLORS = { green: '#237804', orange: '#ad4e00', gold: '#874d00', red: '#a8071a', blue: '#003eb3' } as const;
export type TagColor = keyof typeof TEXT_COLORS | 'default';

export function ReadableTag({ color, style, ...props }: Omit<TagProps, 'color'> & { color: TagColor }) {
  return <Tag color={color} style={color === 'default' ? (style ?? {}) : { ...style, color: TEXT_COLORS[color] }} {...props} />;
}
