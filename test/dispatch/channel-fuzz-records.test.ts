import { fuzzChannels, RECORD_CHANNELS } from './support/channel-fuzz.ts';

fuzzChannels('the record channels under fuzz', RECORD_CHANNELS);
