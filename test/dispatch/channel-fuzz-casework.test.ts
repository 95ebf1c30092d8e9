import { DISCIPLINE_CHANNELS, fuzzChannels } from './support/channel-fuzz.ts';

fuzzChannels('the discipline body’s channels under fuzz', DISCIPLINE_CHANNELS);
