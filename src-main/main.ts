import { startApp } from './shell/start-app.ts';

startApp();
