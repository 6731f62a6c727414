import { isBuiltin } from "node:module";
import path from "node:path";

/**
 * An esbuild plugin that bundles the workspace's own packages (@kyoso/*, TypeScript sources) and leaves every
 * other package in node_modules. pnpm gives apps/server only its direct dependencies, so a bare import that
 * packages/db makes (PGlite, kysely, pg) would not resolve from apps/server/dist at run time; each one is
 * therefore written as a relative path to the very file it resolved to at build time. The lockfile is part of
 * the build's fingerprint, so those paths are rebuilt whenever the installed packages change.
 */
export function externalDependencies(outdir) {
  return {
    name: "external-dependencies",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData?.resolvingExternal || args.path.startsWith("@kyoso/")) return undefined;
        if (isBuiltin(args.path)) return { path: args.path, external: true };
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: { resolvingExternal: true },
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const relative = path.relative(outdir, resolved.path).split(path.sep).join("/");
        return { path: relative.startsWith(".") ? relative : `./${relative}`, external: true };
      });
    },
  };
}
