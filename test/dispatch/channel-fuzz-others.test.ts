import { fuzzChannels, OTHER_CHANNELS } from './support/channel-fuzz.ts';

fuzzChannels('every channel but the record ones under fuzz', OTHER_CHANNELS);
