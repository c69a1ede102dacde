// Lets Node run the project's TypeScript modules as they are: their relative imports leave out the `.ts`
// extension (as Vite and Astro allow), which Node's type stripping does not add. Loaded with `node --import`.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (relative && !/\.[cm]?[jt]s$/.test(specifier)) {
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        // not a TypeScript module: resolve as written
      }
    }
    return nextResolve(specifier, context);
  },
});
