// Every plaintext is padded before it is sealed, so a ciphertext's length says only which size bucket its content
// falls in: an audit entry does not give its action away, a record its amount of text, a settings row its choice.
// Buckets are powers of two from MIN_BUCKET_BYTES up; the padding is ISO/IEC 7816-4 (0x80, then zeros), as
// libsodium's sodium_pad writes it, done here in JavaScript because every row of a list passes through it and a
// call into WebAssembly per row costs more than the padding.
export const MIN_BUCKET_BYTES = 512;
const PAD_MARKER = 0x80;

// The bucket a plaintext of this length is padded to: at least one byte more, for the marker.
export function bucketBytes(plaintextBytes: number, minBucketBytes = MIN_BUCKET_BYTES): number {
  let bucket = minBucketBytes;
  while (bucket <= plaintextBytes) bucket *= 2;
  return bucket;
}

export function padToBucket(plaintext: Uint8Array, minBucketBytes = MIN_BUCKET_BYTES): Uint8Array {
  const padded = new Uint8Array(bucketBytes(plaintext.length, minBucketBytes));
  padded.set(plaintext);
  padded[plaintext.length] = PAD_MARKER;
  return padded;
}

// The content without its padding, as a view of the same bytes; undefined when the bytes carry no valid padding.
export function unpad(padded: Uint8Array): Uint8Array | undefined {
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (end < 0 || padded[end] !== PAD_MARKER) return undefined;
  return padded.subarray(0, end);
}
