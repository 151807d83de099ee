/** The app's version, from package.json (the one source of truth). */
import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../package.json') as { version: string; name: string };
export const APP_VERSION: string = pkg.version;
export const APP_NAME: string = pkg.name;
