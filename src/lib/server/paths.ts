/** Where the pipeline reads and writes by default: the repository's data/, sources/ and src/lib/generated/. Build-time only. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSourcesDir } from './source-text';

/** The project root (two levels above src/lib/server). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The repository's source texts (data/sources.yaml names each file); `$SOURCES_DIR` or `--sources-dir` may name another folder. */
export const sourcesFolder = join(projectRoot, 'sources');
export const dataFolder = join(projectRoot, 'data');
export const generatedFolder = join(projectRoot, 'src', 'lib', 'generated');

/** The data and sources folders, absolute, with the defaults filled in. */
export function resolveDataPaths(options: { dataDir?: string; sourcesDir?: string } = {}): { dataDir: string; sourcesDir: string } {
	return { dataDir: resolve(options.dataDir ?? dataFolder), sourcesDir: resolve(options.sourcesDir ?? defaultSourcesDir(projectRoot)) };
}
