import type { FeatureHandlers } from '../../contract/handlers.ts';
import type { AboutService } from './about-service.ts';

export function aboutHandlers(about: AboutService): FeatureHandlers<'app.about'> {
  return { 'app.about': () => about.about() };
}
