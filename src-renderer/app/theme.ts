import type { ThemeConfig } from 'antd';

// Deep blue for what is focused or primary, so a field being typed in never looks like a field in error (antd's
// error red stays red); dark enough for white text on it and for its text on white (WCAG AA).
export const PRIMARY_COLOR = '#1d4f91';

export const APP_THEME: ThemeConfig = { token: { colorPrimary: PRIMARY_COLOR, borderRadius: 4 } };
