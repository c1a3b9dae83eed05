// Writes a .gz (level 9) and a .br (quality 11) file next to every script and style the build emits, so a
// web server can send them as they are (nginx gzip_static / brotli_static, Apache, IIS: README "Serving the
// files compressed") instead of compressing on every request or not at all. Source maps are left alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSED = /\.(js|css|json|svg|html)$/;

export function compressAssets(): Plugin {
  return {
    name: 'vw-compress-assets',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      for (const name of Object.keys(bundle)) {
        if (!COMPRESSED.test(name)) continue;
        // As written, with its sourceMappingURL comment: the compressed file must be the same bytes.
        const bytes = readFileSync(join(dir, name));
        writeFileSync(join(dir, `${name}.gz`), gzipSync(bytes, { level: 9 }));
        writeFileSync(
          join(dir, `${name}.br`),
          brotliCompressSync(bytes, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
          }),
        );
      }
    },
  };
}
