// The largest record a 记录表 can hold (50 entries of the longest cells, escaped) is about 1.5 MB of JSON; a file
// far beyond that is not one of ours, and refusing it before reading spares memory on a full USB stick.
export const EXCHANGE_FILE_MAX_BYTES = 4_194_304;
// The outer header is a short line; a file with no line break this early is not a sealed file.
export const OUTER_HEADER_MAX_BYTES = 512;
// Sealed content is padded to a multiple of this, so a file's size says little about how much was written.
export const PADDING_BLOCK_BYTES = 4096;
// A signed file (key file, receipt, calendar pack) is a few kilobytes.
export const SIGNED_FILE_MAX_BYTES = 1_048_576;
