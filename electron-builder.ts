// Found by electron-builder by its name; the configuration itself is packaging/builder-config.ts.
import { builderConfig } from './packaging/builder-config.ts';

export default builderConfig;
