// A fingerprint as people compare it by eye: hex digits in groups of eight, on paper and on screen alike.
const FINGERPRINT_GROUP_DIGITS = 8;

export function formatFingerprint(fingerprint: string): string {
  return (fingerprint.match(new RegExp(`.{1,${FINGERPRINT_GROUP_DIGITS}}`, 'g')) ?? []).join(' ');
}
