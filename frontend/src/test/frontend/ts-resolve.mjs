// Lets Node run the timeline's TypeScript sources as they are (type stripping, Node >= 22.18):
// the sources import each other as './x.js' (what the browser bundle asks for); here './x.js' is './x.ts'.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('.') && specifier.endsWith('.js')) {
      try {
        return nextResolve(specifier, context);
      } catch {
        return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
      }
    }
    return nextResolve(specifier, context);
  },
});
