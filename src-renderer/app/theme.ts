import type { ThemeConfig } from 'antd';

// Deep blue for what is focused or primary, so a field being typed in never looks like a field in error (antd's
// error red stays red); dark enough for white text on it and for its text on white (WCAG AA).
export const PRIMARY_COLOR = '#1d4f91';
// antd's error red (#ff4d4f) reads at 3:1 on white, too faint for an error message; this one reads at 5.4:1.
export const ERROR_COLOR = '#cf1322';
// antd's secondary and description greys (45 % black) read at about 3.5:1 on white; 62 % black reads at 5.9:1.
const SECONDARY_TEXT = 'rgba(0, 0, 0, 0.62)';
// Placeholders (25 % black by default) are read too: 55 % black reads at 4.7:1.
const PLACEHOLDER_TEXT = 'rgba(0, 0, 0, 0.55)';

export const APP_THEME: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY_COLOR,
    colorLink: PRIMARY_COLOR,
    colorError: ERROR_COLOR,
    colorTextSecondary: SECONDARY_TEXT,
    colorTextTertiary: SECONDARY_TEXT,
    colorTextDescription: SECONDARY_TEXT,
    colorTextPlaceholder: PLACEHOLDER_TEXT,
    borderRadius: 4,
  },
};
